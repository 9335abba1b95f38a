package io.chorus.extension.chrome;

import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/**
 * {@code chrome.alarms}: timers that outlive the worker (it is woken to run them), e.g. to retry
 * share reports. Chrome fires them at most every 30 seconds.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
public interface ChromeAlarms {

  /** Creates or replaces the alarm called {@code name}. */
  Promise<Void> create(String name, AlarmInfo info);

  /** Resolves true if an alarm was cleared. */
  Promise<Boolean> clear(String name);

  /** Resolves with the alarm, or {@code undefined} (null in Java) if there is none. */
  Promise<Alarm> get(String name);

  @JsProperty
  ChromeEvent<AlarmListener> getOnAlarm();

  /** The schedule passed to {@link #create}. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  final class AlarmInfo {
    public double delayInMinutes;
    public double periodInMinutes;

    /** First after {@code minutes}, then every {@code minutes}. */
    @JsOverlay
    public static AlarmInfo every(double minutes) {
      AlarmInfo info = new AlarmInfo();
      info.delayInMinutes = minutes;
      info.periodInMinutes = minutes;
      return info;
    }
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  interface Alarm {
    @JsProperty
    String getName();

    /** When it fires next, in milliseconds since the epoch. */
    @JsProperty
    double getScheduledTime();
  }

  @JsFunction
  interface AlarmListener {
    void onAlarm(Alarm alarm);
  }
}
