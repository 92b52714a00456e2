"""Stage 1, reading: files, standard input and strings in; `Document`s out.

Receives paths (files, folders, globs, `-` for standard input) or text. Gives
`inputs.Document`: the source's name and its text, decoded whatever the encoding
(`inputs`), taken out of a saved web page with the page's own title and date (`html`),
and prepared for the extractors with every offset kept (`textprep`). A file that cannot
be read becomes an `inputs.InputError` in its place, so one bad file never stops a batch.
"""
