#!/usr/bin/env python3
"""core_layers.py SRC: fails when the folders of src/core include each other in a cycle
(a includes b and b, directly or through others, includes a), or when src/core includes
anything from src/app or src/cli (include paths name their layer: "core/jobs/jobs.h",
"app/jobs/jobspage.h"). Prints each cycle with the files that make it."""
import collections
import os
import re
import sys

src = sys.argv[1]
core = os.path.join(src, 'core')
folders = {d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d))}
edges = collections.defaultdict(set)
where = collections.defaultdict(list)
upward = []
for root, _, files in os.walk(core):
    for name in files:
        if not name.endswith(('.h', '.cpp')):
            continue
        path = os.path.join(root, name)
        folder = os.path.relpath(path, core).split(os.sep)[0]
        with open(path, encoding='utf-8') as text:
            for match in re.finditer(r'#include "([^"]+)"', text.read()):
                included = match.group(1)
                parts = included.split('/')
                # Include paths name their layer: core/<folder>/..., app/..., cli/...
                if parts[0] in ('app', 'cli'):
                    upward.append((os.path.relpath(path, src), included))
                elif parts[0] == 'core' and len(parts) > 2 and parts[1] in folders \
                        and parts[1] != folder:
                    edges[folder].add(parts[1])
                    where[(folder, parts[1])].append(os.path.relpath(path, src))

# Tarjan's strongly connected components: a component of more than one folder is a cycle.
index, low, stack, on_stack, cycles = {}, {}, [], set(), []
counter = [0]


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on_stack.add(v)
    for w in sorted(edges[v]):
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        component = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            component.append(w)
            if w == v:
                break
        if len(component) > 1:
            cycles.append(sorted(component))


for folder in sorted(folders):
    if folder not in index:
        visit(folder)

failed = False
for component in cycles:
    failed = True
    print('FAIL: these folders of src/core include each other:', ', '.join(component))
    for a in component:
        for b in component:
            if b in edges[a]:
                print('  %s -> %s: %s' % (a, b, ', '.join(sorted(set(where[(a, b)]))[:4])))
for path, included in upward:
    failed = True
    print('FAIL: %s includes %s from the app or qmctl' % (path, included))
if failed:
    print('0 passed, 1 failed')
    sys.exit(1)
print('1 passed, 0 failed: %d folders of src/core, no cycle' % len(folders))
