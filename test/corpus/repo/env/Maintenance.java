// Corpus: environment-variable flags in Java.
// Source: Java SE API, java.lang.System.getenv(String name).
package com.shop.ops;

public final class Maintenance {
  private Maintenance() {}

  public static boolean active() {
    return "true".equals(System.getenv("FF_MAINTENANCE_MODE"));
  }
}
