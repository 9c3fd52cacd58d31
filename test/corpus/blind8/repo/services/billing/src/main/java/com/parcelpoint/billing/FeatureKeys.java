// Corpus: blind8, parcelpoint billing service, flag keys
// Source: Java Language Specification (interface constants)
package com.parcelpoint.billing;

public interface FeatureKeys {
    String PRORATION = "bil-proration";
    String EINVOICE = "bil-einvoice-peppol";
    String DUNNING_V2 = "bil_dunning_v2";
}
