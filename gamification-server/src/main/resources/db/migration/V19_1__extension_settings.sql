-- How a company wants the browser extension to behave (ExtensionSettings in shared): the in-page panel
-- on or off (the side panel always works), a disclosure hashtag every prefilled post carries (FTC
-- endorsement guides), and words the panel flags in a draft. A company without a row has the defaults.
CREATE TABLE company_extension_settings (
  company_id     bigint PRIMARY KEY REFERENCES company (id),
  in_page_panel  boolean NOT NULL DEFAULT true,
  disclosure_tag text CHECK (disclosure_tag IS NULL OR length(disclosure_tag) BETWEEN 1 AND 60),
  blocklist      text[] NOT NULL DEFAULT '{}' CHECK (cardinality(blocklist) <= 200),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  updated_by     bigint REFERENCES employee (id)
);

-- Whether the post carried the company's disclosure tag, as the extension saw it when the company
-- required one; null when none was required (or an older extension did not say).
ALTER TABLE share ADD COLUMN disclosed boolean;
