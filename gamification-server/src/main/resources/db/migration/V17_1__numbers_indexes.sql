-- Issue 16, numbers: every figure reads the shares posted and the clicks made in a period. Without these
-- a company-wide period scans every share and every click ever made.
CREATE INDEX share_company_posted ON share (company_id, posted_at) WHERE voided_at IS NULL;
CREATE INDEX link_click_time ON link_click (clicked_at);
