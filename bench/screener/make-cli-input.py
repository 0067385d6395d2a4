#!/usr/bin/env python3
"""Writes N JSON Lines texts of about 300 characters for the CLI timing (bench/screener/cli.sh).

Each text joins random short corpus texts (src/test/resources/screening/corpus/*-short.jsonl) until it
reaches ~300 characters; about RISK_SHARE of them come from risk-labelled lines, the rest from NONE lines
(everyday and hard-negative texts). Fixed seed, so runs are comparable.
usage: make-cli-input.py OUT.jsonl [N=10000] [RISK_SHARE=0.2]
"""
import json
import random
import sys
from pathlib import Path

out = Path(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
share = float(sys.argv[3]) if len(sys.argv) > 3 else 0.2
corpus = Path(__file__).resolve().parents[2] / "src/test/resources/screening/corpus"
none, risk = [], []
for f in sorted(corpus.glob("*-short.jsonl")):
    for line in f.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            (none if row["level"] == "NONE" else risk).append(row["text"].strip())
rnd = random.Random(7)
with out.open("w", encoding="utf-8") as w:
    for i in range(n):
        parts, size = [], 0
        while size < 290:
            s = rnd.choice(risk if rnd.random() < share else none)
            if s and s[-1] not in ".!?":
                s += "."
            parts.append(s)
            size += len(s) + 1
        w.write(json.dumps({"id": f"t{i:05d}", "text": " ".join(parts)}, ensure_ascii=False) + "\n")
