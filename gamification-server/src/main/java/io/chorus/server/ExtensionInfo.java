package io.chorus.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The extension build this server was packaged with (chorus-extension.properties from the extension
 * module's jar): its id gives the default CORS origin, chrome-extension://&lt;id&gt;.
 */
public record ExtensionInfo(String id, String version) {
  public static ExtensionInfo load() {
    Properties p = new Properties();
    try (InputStream in = ExtensionInfo.class.getClassLoader().getResourceAsStream("chorus-extension.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("chorus-extension.properties is unreadable", e);
    }
    return new ExtensionInfo(p.getProperty("id"), p.getProperty("version"));
  }

  public String origin() {
    return id == null ? null : "chrome-extension://" + id;
  }
}
