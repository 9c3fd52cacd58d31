# Corpus: blind8, parcelpoint routing service package
# Source: Python packaging docs
