#!/usr/bin/env python3
"""Summarises Stryker.NET json reports (artifacts/mutation/*/reports/mutation-report.json) per folder, and lists the mutants
that survived or had no coverage: tools/mutation-summary.py [--list] REPORT.json..."""
import json
import os
import sys
from collections import defaultdict

KEYS = ["Killed", "Survived", "NoCoverage", "Timeout", "CompileError", "Ignored"]


def main(argv):
    listing = "--list" in argv
    reports = [a for a in argv if a != "--list"]
    folders = defaultdict(lambda: defaultdict(int))
    left = []
    for report in reports:
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
        for path, file in data["files"].items():
            folder = os.path.basename(os.path.dirname(path))
            for m in file["mutants"]:
                folders[folder][m["status"]] += 1
                if m["status"] in ("Survived", "NoCoverage"):
                    loc = m["location"]["start"]
                    left.append(f'{m["status"]:10} {os.path.relpath(path)}:{loc["line"]}:{loc["column"]} {m["mutatorName"]}: {m.get("replacement", "")!r}')
    print("| folder | killed | survived | no coverage | timeout | compile error | ignored | score |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for folder, c in sorted(folders.items()):
        detected = c["Killed"] + c["Timeout"]
        valid = detected + c["Survived"] + c["NoCoverage"]
        if valid == 0:
            continue  # a folder outside --mutate: every mutant ignored
        score = 100.0 * detected / valid if valid else 100.0
        print(f'| {folder} | {c["Killed"]} | {c["Survived"]} | {c["NoCoverage"]} | {c["Timeout"]} | {c["CompileError"]} | {c["Ignored"]} | {score:.1f} % |')
    if listing:
        print()
        for line in sorted(left):
            print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
