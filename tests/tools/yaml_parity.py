#!/usr/bin/env python3
"""yaml_parity.py QMCTL PATH...

`qmctl config dump` must read every YAML file under PATH exactly as the fleet's daemons
do: the oracle is PyYAML's safe_load, serialised as
json.dumps(value, default=lambda o: o.isoformat()). Values are compared strictly (an
int is not a float, a bool is not an int). A file the oracle cannot load or serialise
must make qmctl exit 2 with an error; any other file must load with exit 0.
"""
import json
import math
import os
import subprocess
import sys

import yaml


def oracle(path):
    try:
        with open(path, encoding="utf-8") as stream:
            value = yaml.safe_load(stream)
        return True, json.loads(json.dumps(value, default=lambda o: o.isoformat()))
    except Exception as error:  # the oracle failing is a result, not a test error
        return False, f"{type(error).__name__}: {error}".splitlines()[0]


def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                for name in sorted(names):
                    if name.endswith((".yaml", ".yml")):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    qmctl, paths = sys.argv[1], sys.argv[2:]
    passed = failed = 0
    for path in files(paths):
        ok, expected = oracle(path)
        run = subprocess.run([qmctl, "config", "dump", path], capture_output=True, timeout=60)
        verdict = None
        if ok:
            if run.returncode != 0:
                verdict = f"PyYAML loads it, qmctl exits {run.returncode}: {run.stdout[:300]!r}"
            else:
                document = json.loads(run.stdout)["document"]
                if not same(document, expected):
                    verdict = f"values differ:\n  PyYAML: {expected!r}\n  qmctl:  {document!r}"
        else:
            error = json.loads(run.stdout or b"{}").get("error", {}).get("message")
            if run.returncode != 2 or not error:
                verdict = f"PyYAML fails ({expected}), qmctl exits {run.returncode}"
        if verdict:
            failed += 1
            print(f"FAIL {path}: {verdict}")
        else:
            passed += 1
            print(f"ok   {path}" + ("" if ok else f"  (both refuse: {expected})"))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
