"""Import-linter contract types of our own (registered in pyproject.toml, run by lint-imports).

`no_module_cycles`: no module imports itself through others, at module level, in the listed
packages. (import-linter's `acyclic_siblings` looks at packages as wholes: it would also report
two packages that each use a part of the other without any module ever coming back round.)
"""

from __future__ import annotations

from typing import Any

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def module_cycles(graph: ImportGraph, packages: set[str]) -> list[list[str]]:
    """Every set of modules (two or more) that import each other round in a circle (the
    strongly connected components of the import graph, Tarjan's algorithm without recursion)."""
    modules = sorted(m for m in graph.modules
                     if any(m == p or m.startswith(p + ".") for p in packages))
    inside = set(modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = []
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work.append((root, sorted(graph.find_modules_directly_imported_by(root) & inside)))
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    imported = graph.find_modules_directly_imported_by(nxt) & inside
                    work.append((nxt, sorted(imported)))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


class NoModuleCyclesContract(Contract):
    """Options: `packages` (the root packages whose modules must form no circle)."""

    type_name = "no_module_cycles"
    packages = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        cycles = module_cycles(graph, set(self.packages))  # type: ignore[arg-type]
        details = []
        for cycle in cycles:
            members = set(cycle)
            edges = [f"{a} -> {b}" for a in cycle
                     for b in sorted(graph.find_modules_directly_imported_by(a) & members)]
            details.append({"modules": cycle, "imports": edges})
        return ContractCheck(kept=not cycles, metadata={"cycles": details})

    def render_broken_contract(self, check: ContractCheck) -> None:
        cycles: list[dict[str, Any]] = check.metadata["cycles"]
        for cycle in cycles:
            output.print_error(f"These {len(cycle['modules'])} modules import each other in a "
                               "circle:")
            output.new_line()
            for line in cycle["imports"]:
                output.indent_cursor()
                output.print_error(line, bold=False)
            output.new_line()
