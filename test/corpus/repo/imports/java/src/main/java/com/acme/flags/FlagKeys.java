// Corpus: Java flag-key constants (static final fields) imported by com.acme.web.SearchController (declarations only).
// Source: The Java Tutorials, Understanding Class Members: constants (docs.oracle.com/javase/tutorial/java/javaOO/classvars.html).
package com.acme.flags;

public final class FlagKeys {
    public static final String SEARCH_V2 = "search-v2";
    public static final String SEARCH_BOOST = "search-boost";

    private FlagKeys() {}
}
