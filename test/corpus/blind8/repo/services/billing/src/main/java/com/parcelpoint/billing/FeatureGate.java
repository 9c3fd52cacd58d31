// Corpus: blind8, parcelpoint billing service, the team's own feature-gate annotation
// Source: Java annotations tutorial (retention, target)
package com.parcelpoint.billing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the annotated method only when the named Unleash toggle is on; otherwise returns null. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FeatureGate {
    String value();
}
