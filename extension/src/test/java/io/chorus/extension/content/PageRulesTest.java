package io.chorus.extension.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.extension.messaging.PanelItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the content scripts read the sites' pages, labels and drafts (DOM-free parts). */
@DisplayName("Reading the sites' pages")
class PageRulesTest {

  @ParameterizedTest(name = "X {0} → conversation: {1}")
  @CsvSource({
      "/home, false", "/compose/post, false", "/intent/post, false", "/explore, false", "/ada_example, false",
      "/ada_example/status/1234567890123456789, true", "/ada_example/status/123/photo/1, true",
      "/messages, true", "/messages/123-456, true", "/i/chat, true", "/status, false", "/a/status/, false"})
  @DisplayName("X: a post with its replies and direct messages are conversations (no panel, no text)")
  void xConversations(String path, boolean conversation) {
    assertEquals(conversation, SitePaths.xConversation(path));
  }

  @ParameterizedTest(name = "LinkedIn {0} → conversation {1}, composes {2}")
  @CsvSource({
      "/feed/, false, true", "/feed, false, true", "/feed/update/urn:li:activity:7123/, true, false",
      "/messaging/, true, false", "/messaging/thread/2-abc/, true, false", "/jobs/, false, false",
      "/in/janis/, false, false", "/sharing/share-offsite/, false, true"})
  @DisplayName("LinkedIn: messaging and a single post's comments are conversations; only the feed and share pages compose")
  void linkedInPages(String path, boolean conversation, boolean composes) {
    assertEquals(conversation, SitePaths.linkedInConversation(path));
    assertEquals(composes, SitePaths.linkedInComposes(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Start a post", "  Start a post ", "Commencer un post", "Beitrag beginnen",
      "Начать публикацию", "Avvia un post", "START A POST", "Start a post, Janis"})
  @DisplayName("LinkedIn's share box is recognised by its words in the languages employees use")
  void startPostLabels(String label) {
    assertTrue(Labels.startsPost(label));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Comment", "Repost", "Send", "Like", "Post your reply", ""})
  @DisplayName("Other controls are not the share box")
  void notStartPost(String label) {
    assertFalse(Labels.startsPost(label));
  }

  @ParameterizedTest
  @CsvSource({"Post, true", "Publier, true", "Pubblica, true", "Опубликовать, true", "Post your reply, false",
      "Dismiss, false", "Repost, false"})
  @DisplayName("A composer's Post button is recognised by its exact word; nothing that merely contains it")
  void postLabels(String label, boolean post) {
    assertEquals(post, Labels.posts(label));
  }

  @Test
  @DisplayName("Spaces, no-break spaces and line breaks of an editor do not hide the text it holds")
  void normalisedDrafts() {
    assertEquals("a b c", Drafts.normalise("\n a\u00A0\u00A0b\n\nc  "));
    assertTrue(Drafts.shows("Our lab\nis open!\u00A0#Acme", "Our lab is open! #Acme"));
  }

  @Test
  @DisplayName("A composer holds an item when it shows its text or its link (tracked or plain), not when empty")
  void holds() {
    PanelItem item = new PanelItem();
    item.url = "https://acme.example/news";
    item.trackedUrl = "https://chorus.example/r/abc";
    item.shareText = "Our lab is open! https://chorus.example/r/abc";
    assertTrue(Drafts.holds("Our lab is open!\nhttps://chorus.example/r/abc", item));
    assertTrue(Drafts.holds("see https://acme.example/news", item));
    assertFalse(Drafts.holds("", item));
    assertFalse(Drafts.holds("Our lab is open!", item));
    assertTrue(Drafts.carriesLink("x https://chorus.example/r/abc", item));
    assertFalse(Drafts.carriesLink("Our lab is open!", item));
  }
}
