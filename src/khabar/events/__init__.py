"""PLOVER event coding of Arabic news: the ``events`` stage, its lexicon, summaries, export and evaluation."""
