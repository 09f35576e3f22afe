"""Arabic named-entity recognition: a two-pass CRF tagger (PERS, LOC, ORG, MISC), its training and
evaluation, and the ``entities`` pipeline stage (:mod:`khabar.ner.stage`)."""
