package io.chorus.server.demo;

import io.chorus.shared.Network;
import java.util.List;

/** The demo company's people, content and history, as data. Every item discloses #AcmeEmployee (FTC). */
final class DemoData {
  private DemoData() {}

  static final List<String> OFFICES = List.of("Riga", "Amsterdam", "Milan", "Kuala Lumpur");
  static final List<String> TEAMS = List.of("Engineering", "Sales", "Marketing", "People");

  record Person(String key, String name, String email, String office, String team, boolean liaison) {}

  static final List<Person> PEOPLE = List.of(
      new Person("liaison", "Līga Ozola", "liga@acme.example", "Riga", "Marketing", true),
      new Person("janis", "Jānis Bērziņš", "janis@acme.example", "Riga", "Engineering", false),
      new Person("sanne", "Sanne de Vries", "sanne@acme.example", "Amsterdam", "Sales", false),
      new Person("daan", "Daan Jansen", "daan@acme.example", "Amsterdam", "Engineering", false),
      new Person("giulia", "Giulia Rossi", "giulia@acme.example", "Milan", "Marketing", false),
      new Person("marco", "Marco Bianchi", "marco@acme.example", "Milan", "Sales", false),
      new Person("aisyah", "Nur Aisyah", "aisyah@acme.example", "Kuala Lumpur", "People", false),
      new Person("arif", "Arif Rahman", "arif@acme.example", "Kuala Lumpur", "Engineering", false));

  /** The company's values, in the order the kudos picker lists them. */
  static final List<String> VALUES = List.of("Customers first", "Build boldly", "One team", "Share what we learn");

  record Item(String key, String title, String summary, String url, String status, String[] hashtags,
      int publishedHoursAgo, Integer expiresInHours, String linkedIn, String x) {}

  static final List<Item> CONTENT = List.of(
      new Item("riga-lab", "Acme opens its robotics lab in Riga",
          "Forty engineers, one very patient test robot, and room to grow.",
          "https://acme.example/news/riga-robotics-lab", "approved",
          new String[] {"AcmeEmployee", "WorkSomewhereYouLove"}, 20, null,
          "Our new robotics lab in Riga opens this week: forty engineers, one very patient test robot, "
              + "and room to grow. Proud to be part of it.",
          "Our new robotics lab in Riga is open! Proud to be part of the team."),
      new Item("hiring", "We're hiring in Amsterdam and Milan",
          "Engineers, field technicians and a product designer.",
          "https://acme.example/careers", "approved",
          new String[] {"AcmeEmployee", "ToBeAPartner"}, 24 * 6, 24 * 30,
          "We're hiring in Amsterdam and Milan: engineers, field technicians and a product designer. "
              + "If you want to build robots that help people, come and work with us.",
          "We're hiring in Amsterdam and Milan: engineers, technicians, a designer. Come build robots with us!"),
      new Item("red-dot", "Our warehouse robot wins a Red Dot award",
          "The design jury called it \"the friendliest forklift ever built\".",
          "https://acme.example/news/red-dot-2026", "approved",
          new String[] {"AcmeEmployee"}, 24 * 30, null,
          "Our warehouse robot just won a Red Dot design award. The jury called it \"the friendliest "
              + "forklift ever built\" and we are not going to argue.",
          "Our warehouse robot won a Red Dot award: \"the friendliest forklift ever built\"."),
      new Item("kl-delivery", "How Kuala Lumpur cut delivery times by 30%",
          "A small routing change, a big difference for our customers.",
          "https://acme.example/blog/kuala-lumpur-routing", "approved",
          new String[] {"AcmeEmployee"}, 24 * 14, null,
          "Our Kuala Lumpur team cut delivery times by 30% with one small routing change. "
              + "Here is how they did it.",
          "Our Kuala Lumpur team cut delivery times by 30% with one routing change. Here's how:"),
      new Item("field-day", "A day with our field technicians",
          "Seven sites, three countries, one van.",
          "https://acme.example/stories/field-day", "approved",
          new String[] {"AcmeEmployee", "WorkSomewhereYouLove"}, 24 * 21, null,
          "Seven sites, three countries, one van: a day with the field technicians who keep our robots "
              + "running.",
          "Seven sites, three countries, one van: a day with our field technicians."),
      new Item("q4-preview", "Q4 results preview",
          "Not approved: results are not public yet.",
          "https://acme.example/investors/q4", "draft",
          new String[] {"AcmeEmployee"}, 2, null,
          "Draft: waiting for the results to be published.",
          "Draft: waiting for the results to be published."),
      new Item("hackathon", "Spring hackathon recap",
          "The window for this one has closed.",
          "https://acme.example/stories/spring-hackathon", "approved",
          new String[] {"AcmeEmployee"}, 24 * 60, -24,
          "Forty-eight hours, twelve teams, one robot that makes coffee.",
          "48 hours, 12 teams, 1 robot that makes coffee."));

  record PastShare(String person, String content, Network network, int hoursAgo) {}

  static final List<PastShare> HISTORY = List.of(
      new PastShare("sanne", "red-dot", Network.LINKEDIN, 24 * 20),
      new PastShare("sanne", "kl-delivery", Network.LINKEDIN, 24 * 10),
      new PastShare("sanne", "field-day", Network.X, 50),
      new PastShare("sanne", "riga-lab", Network.LINKEDIN, 19),
      new PastShare("giulia", "red-dot", Network.X, 24 * 15),
      new PastShare("giulia", "field-day", Network.LINKEDIN, 30),
      new PastShare("giulia", "hiring", Network.LINKEDIN, 3),
      new PastShare("daan", "kl-delivery", Network.X, 24 * 8),
      new PastShare("aisyah", "red-dot", Network.LINKEDIN, 24 * 3),
      new PastShare("aisyah", "riga-lab", Network.X, 12),
      new PastShare("marco", "field-day", Network.LINKEDIN, 24 * 12),
      new PastShare("arif", "hiring", Network.X, 24 * 4),
      // Over two weeks back, so on every day of the week it is before the last closed week: Jānis, the
      // one a newcomer signs in as, starts without the weekly top 3 badge and earns his first by sharing.
      new PastShare("janis", "red-dot", Network.LINKEDIN, 24 * 16));

  record PastKudos(String from, String to, String value, String message, int hoursAgo) {}

  /** Kudos of the last days, so the kudos feed is not empty; none to the board's leaders (the tests' figures). */
  static final List<PastKudos> KUDOS = List.of(
      new PastKudos("giulia", "marco", "Customers first",
          "Thank you for taking the Milan customer's call on a Saturday and sorting it out.", 24 * 4 + 2),
      new PastKudos("sanne", "daan", "One team",
          "Thanks for staying late to get the demo robot ready for the Amsterdam visit!", 28),
      new PastKudos("aisyah", "arif", "Share what we learn",
          "Your write-up of the routing change taught the whole office something.", 8));
}
