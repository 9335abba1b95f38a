package io.chorus.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.badges.Badge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every badge has its picture in src/main/badges, and each picture stands on its own: drawn shapes
 * only (no text, which would need a font; no script; nothing fetched from elsewhere; no style, which a
 * page's Content-Security-Policy may refuse when the panel draws it inline).
 */
@DisplayName("Badge pictures")
class BadgeIconsTest {
  private static final Path BADGES = Path.of("src", "main", "badges");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Badge.class)
  @DisplayName("Each badge's picture is an SVG of drawn shapes only: no text, script, style or link")
  void everyBadgeHasASelfContainedSvg(Badge badge) throws Exception {
    Path file = BADGES.resolve(Path.of(badge.iconPath()).getFileName());
    assertTrue(Files.isRegularFile(file), "no picture for " + badge.id() + ": " + file);
    assertEquals("badges/" + badge.id() + ".svg", badge.iconPath());

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document svg = factory.newDocumentBuilder().parse(file.toFile());
    Element root = svg.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("0 0 48 48", root.getAttribute("viewBox"));
    for (String banned : new String[] {"text", "tspan", "script", "style", "image", "use", "foreignObject"}) {
      assertEquals(0, svg.getElementsByTagNameNS("*", banned).getLength(), badge.id() + " has <" + banned + ">");
    }
    NodeList all = svg.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      assertTrue(!e.hasAttribute("style") && !e.hasAttribute("href") && !e.hasAttributeNS("http://www.w3.org/1999/xlink", "href"),
          badge.id() + ": <" + e.getLocalName() + "> has a style or a link");
    }
  }

  @Test
  @DisplayName("The folder holds exactly the catalogue's pictures (none left over from a renamed badge)")
  void noStrayPictures() throws Exception {
    try (Stream<Path> files = Files.list(BADGES)) {
      assertEquals(Stream.of(Badge.values()).map(b -> b.id() + ".svg").sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
