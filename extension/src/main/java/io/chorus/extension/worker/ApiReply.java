package io.chorus.extension.worker;

import io.chorus.extension.wire.JsReader;

/**
 * A server answer as the worker sees it: status 0 means the server was not reached at all. Error
 * answers carry the API's stable code and human message.
 */
@SuppressWarnings("unusable-by-js")
record ApiReply(int status, JsReader body, String errorCode, String errorMessage) {
  boolean ok() {
    return status >= 200 && status < 300 && body != null;
  }

  /** Not reached, overloaded or failing: worth trying again later. */
  boolean retryable() {
    return status == 0 || status == 429 || status >= 500;
  }

  boolean unauthenticated() {
    return status == 401;
  }
}
