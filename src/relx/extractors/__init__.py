"""Stage 3, extraction: rules over the parsed document, one module or package each.

Receives a spaCy `Doc` (and what earlier extractors found). Gives the typed records of
`relx.model`, each item with its offsets and the rule that produced it. The order in
which `relx.pipeline.analyze` runs them matters: `header` (title, own date, dateline)
first, since `dates` resolves relative dates against the release's own date; `entities`
(organizations, people) before `roles` and `quotes`, which name them. `lexicon` and
`textutil` are word lists and helpers shared by the extractors only.
"""
