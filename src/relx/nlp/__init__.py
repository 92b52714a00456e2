"""Stage 2, language processing: the spaCy pipeline relx parses with.

Receives a prepared text. Gives a parsed spaCy `Doc` (tokens, sentences, parts of
speech, named entities). `load` loads the pipeline once per process and applies the
speed-ups: `ops` (a faster matrix back end), `attrs` (the attribute ruler as a table
lookup) and `tokenizer` (wire-service credits split into words). `chunks` bounds the
cost of hostile input: a text too long for one parse is cut into chunks, whose records
the pipeline puts back together, and a very long run with no space is one token.
"""
