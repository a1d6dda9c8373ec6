"""Build notebooks/explore_plans.ipynb (outputs stripped) from the cells below.

    .venv/bin/python labs/notebook/build_notebook.py

The notebook is generated so that it stays reproducible and reviewable; tests/nlp/test_notebook.py executes it.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

OUT = Path(__file__).resolve().parents[2] / "notebooks" / "explore_plans.ipynb"

CELLS = [
    ("md", """# The plan corpus at a glance

Vietnamese government plans (Kế hoạch) from the bundled corpus (`corpus/`): how well OCR text is restored,
how the plans are structured, how they hang together, what the comparer finds, and the spaCy view of a plan.
Runs top to bottom without edits; nothing is downloaded."""),
    ("code", """import json
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt

ROOT = Path.cwd().resolve()
while not (ROOT / "corpus" / "manifest.jsonl").exists():
    ROOT = ROOT.parent
CORPUS = ROOT / "corpus"
manifest = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]
print(len(manifest), "documents:", Counter(row["text_state"] for row in manifest))"""),
    ("md", "## Load the corpus: read (restoring OCR text) and parse every seed"),
    ("code", """from plan_parser.pipeline import process

processed = {row["id"]: process(CORPUS / row["file"]) for row in manifest}
for row in manifest:
    plan = processed[row["id"]].plan
    print(row["id"], row["text_state"].ljust(12), (plan.number or "(no number)").ljust(14), plan.issuer)"""),
    ("md", """## Restoration accuracy per document

Syllable accuracy of the restorer against the gold restorations (`corpus/gold/restore`), next to the raw OCR
text, on the documents that have a gold file."""),
    ("code", """from plan_parser.restore import restore

PUNCT = "\\"'“”‘’()[]{}.,;:!?…«»*"


def syllables(text):
    return [t.strip(PUNCT) for t in unicodedata.normalize("NFC", text).split() if t.strip(PUNCT)]


def syllable_accuracy(gold, output):
    g, o = syllables(gold), syllables(output)
    same = sum(block.size for block in SequenceMatcher(None, g, o, autojunk=False).get_matching_blocks())
    return same / len(g) if g else 0.0


rows = []
for row in manifest:
    if "restore" not in row["gold"]:
        continue
    seed = (CORPUS / row["file"]).read_text(encoding="utf-8")
    gold = (CORPUS / row["gold"]["restore"]).read_text(encoding="utf-8")
    rows.append((row["id"], syllable_accuracy(gold, seed), syllable_accuracy(gold, restore(seed).text)))

for doc_id, raw, restored in rows:
    print(f"{doc_id}: raw OCR {raw:.3f} -> restored {restored:.3f}")
fig, ax = plt.subplots(figsize=(6, 3))
x = range(len(rows))
ax.bar([i - 0.2 for i in x], [r[1] for r in rows], width=0.4, label="raw OCR")
ax.bar([i + 0.2 for i in x], [r[2] for r in rows], width=0.4, label="restored")
ax.set_xticks(list(x), [r[0] for r in rows])
ax.set_ylim(0, 1)
ax.set_ylabel("syllable accuracy")
ax.legend()
plt.show()"""),
    ("md", "## Structure statistics: sections, contents, criteria per plan"),
    ("code", """fields = ["sections", "purposes", "requirements", "contents", "criteria", "awards", "assignments", "deadlines"]
print("id   " + " ".join(f.rjust(12) for f in fields))
counts = {}
for doc_id, result in processed.items():
    counts[doc_id] = [len(getattr(result.plan, f)) for f in fields]
    print(doc_id.ljust(5) + " ".join(str(n).rjust(12) for n in counts[doc_id]))

fig, ax = plt.subplots(figsize=(7, 3))
ids = list(counts)
for k, name in enumerate(["sections", "contents", "criteria"]):
    col = fields.index(name)
    ax.bar([i + 0.25 * (k - 1) for i in range(len(ids))], [counts[d][col] for d in ids], width=0.25, label=name)
ax.set_xticks(range(len(ids)), ids)
ax.set_ylabel("items")
ax.legend()
plt.show()"""),
    ("md", """## The plan hierarchy

Each plan points to the plan it implements (its first basis). National and provincial documents that are not in
the corpus appear as the nodes they are cited as."""),
    ("code", """LEVEL_ROW = {"national": 3, "ministry": 3, "province": 2, "district": 1, "commune": 0}


def key(number, issuer):
    return f"{number or '?'}\\n{issuer or '?'}"


nodes, edges = {}, []
for row in manifest:
    plan = processed[row["id"]].plan
    child = key(plan.number or f"seed {row['id']}", plan.issuer)
    nodes[child] = LEVEL_ROW.get(plan.issuer_level or row["level"], 0)
    if plan.bases:
        basis = plan.bases[0]
        parent = key(basis.number, basis.issuer)
        level = "national" if basis.issuer and ("Thủ tướng" in basis.issuer or "Chính phủ" in basis.issuer) else "province"
        nodes.setdefault(parent, LEVEL_ROW[level])
        edges.append((parent, child))

by_row = {}
for name, level in nodes.items():
    by_row.setdefault(level, []).append(name)
position = {}
for level, names in by_row.items():
    for i, name in enumerate(sorted(names)):
        position[name] = ((i + 1) / (len(names) + 1), level)

fig, ax = plt.subplots(figsize=(11, 5))
for parent, child in edges:
    (x0, y0), (x1, y1) = position[parent], position[child]
    ax.annotate("", xy=(x1, y1 + 0.15), xytext=(x0, y0 - 0.15), arrowprops=dict(arrowstyle="->", color="grey"))
for name, (x, y) in position.items():
    ax.text(x, y, name, ha="center", va="center", fontsize=7, bbox=dict(boxstyle="round", fc="#e8f1fb"))
ax.set_ylim(-0.6, 3.6)
ax.set_yticks([0, 1, 2, 3], ["commune", "district", "province", "national"])
ax.set_xticks([])
ax.set_title("who implements whom")
plt.show()"""),
    ("md", """## Parent items × child items

The comparer aligns each item of a parent plan with the items of a child plan that implements it
(`corpus/compare`): a heat map of the alignment scores."""),
    ("code", """import numpy as np

from plan_parser.compare import compare

cases = [json.loads(line) for line in (CORPUS / "compare" / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line]
case = next(c for c in cases if not c.get("faithful", True)) if any(not c.get("faithful", True) for c in cases) else cases[0]
report = compare(CORPUS / "compare" / case["parent"], CORPUS / "compare" / case["child"])
child_items = sorted({(m.child.kind, m.child.index) for item in report.alignment for m in item.matches})
column = {ref: j for j, ref in enumerate(child_items)}
scores = np.zeros((len(report.alignment), max(len(child_items), 1)))
for i, item in enumerate(report.alignment):
    for m in item.matches:
        scores[i, column[(m.child.kind, m.child.index)]] = m.score

fig, ax = plt.subplots(figsize=(8, 6))
image = ax.imshow(scores, cmap="viridis", vmin=0, vmax=1, aspect="auto")
ax.set_yticks(range(len(report.alignment)), [f"{a.parent.kind[:4]} {a.parent.index}" for a in report.alignment], fontsize=7)
ax.set_xticks(range(len(child_items)), [f"{k[:4]} {i}" for k, i in child_items], rotation=90, fontsize=7)
ax.set_xlabel("child items")
ax.set_ylabel("parent items")
ax.set_title(f"case {case['id']}: coverage {report.coverage:.2f}")
fig.colorbar(image, ax=ax, label="alignment score")
plt.show()"""),
    ("md", "## The most common findings (every third comparison case, to stay quick)"),
    ("code", """findings = Counter()
severities = Counter()
for c in cases[::3]:
    r = compare(CORPUS / "compare" / c["parent"], CORPUS / "compare" / c["child"])
    findings.update(f.type.value for f in r.findings)
    severities.update(f.severity for f in r.findings)
print(findings.most_common())
print(severities.most_common())
fig, ax = plt.subplots(figsize=(7, 3))
names, values = zip(*findings.most_common()) if findings else ((), ())
ax.barh(names, values)
ax.invert_yaxis()
ax.set_xlabel("findings")
plt.show()"""),
    ("md", """## The spaCy view

`plan_parser.nlp.load()` gives a spaCy pipeline: entities (ORG bodies, LOC places, DATE dates and deadlines,
DOC document codes), `doc.spans["sections"]` and the parsed plan in `doc._.plan`."""),
    ("code", """from spacy import displacy

import plan_parser.nlp as nlp_module

nlp = nlp_module.load()
docs = {doc_id: nlp_module.annotate(result.document, nlp=nlp) for doc_id, result in processed.items()}
print(Counter(ent.label_ for doc in docs.values() for ent in doc.ents))
doc = docs["003"]
print([span.label_ for span in doc.spans["sections"]])
print("plan title:", doc._.plan.title if doc._.plan else doc._.plan_error)
excerpt = doc[: min(len(doc), 180)].as_doc()
displacy.render(excerpt, style="ent", jupyter=True)"""),
]


def build() -> nbformat.NotebookNode:
    notebook = new_notebook()
    notebook.cells = [new_markdown_cell(src) if kind == "md" else new_code_cell(src) for kind, src in CELLS]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(build(), OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
