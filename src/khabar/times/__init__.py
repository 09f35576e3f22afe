"""Times and quantities: when and how many, as ISO 8601 values and numbers with units.

Stages ``times`` (:mod:`khabar.times.dates`) and ``quantities`` (:mod:`khabar.times.quantities`);
number parsing shared by both in :mod:`khabar.times.numbers`; the tabular Islamic calendar in
:mod:`khabar.times.hijri`; the evaluation command in :mod:`khabar.times.evaluate`.
"""
