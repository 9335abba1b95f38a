package io.chorus.server.config;

/** A setting that cannot work; its message tells the operator what to change. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
