#!/usr/bin/env python3
"""Generates crates/sanitize-core/src/reexports.rs: standard-library modules that hold
another module, or a member of one, under an attribute they do not export (`json.codecs` is `codecs`,
`dataclasses.FunctionType` is `types.FunctionType`, `enum.bltns` is `builtins`), for
the modules the rules care about. Run with the Python whose stdlib to read; the other
Pythons named in `REEXPORT_PYTHONS` (default: every pyenv 3.10+ found) are asked too, at
run time, for the module-valued attributes their modules really hold (imports made in
functions, platform branches and newer versions that the source pass cannot see):

    python3 scripts/gen_reexports.py > crates/sanitize-core/src/reexports.rs
"""
import ast
import glob
import json
import os
import pathlib
import re
import subprocess
import sys
import sysconfig

ROOT = pathlib.Path(__file__).resolve().parent.parent
RULES = ROOT / "crates/sanitize-core/src/rules"
# Attributes that newer Pythons added and this one may not have.
# `posixpath`/`ntpath` are what `os.path` is on each platform.
EXTRA = {"enum.bltns": "builtins", "posixpath": "os.path", "ntpath": "os.path", "genericpath": "os.path"}


def declared_paths():
    """Every path the rules' declarations name."""
    paths = set()
    for path in RULES.glob("*.rs"):
        text = path.read_text()
        for block in re.findall(r"const (?:PATHS|PURE_PATHS|STRING_EVALUATORS|YAML_LOADERS_CHECKED|OPERATOR_GETTERS|FIELD_WALKERS): &\[&str\] = &\[(.*?)\];", text, re.S):
            paths.update(e.rstrip("*") for e in re.findall(r'"([^"]+)"', block))
    return paths


def vetted_modules():
    """Top-level names of the modules the manifest vets: reached through another module's
    attribute (`email.message.utils`), they are judged as themselves."""
    text = (ROOT / "crates/sanitize-core/src/manifest.rs").read_text()
    block = re.search(r"pub\(crate\) const VETTED: &\[Vetted\] = &\[(.*?)\];", text, re.S).group(1)
    return {name.split(".")[0] for name in re.findall(r'v\("([\w.]+)"', block)}


def tracked_modules(paths):
    """Top-level modules named by the rules' declarations or vetted by the manifest, plus
    the usual suspects."""
    return ({"builtins", "types", "io", "codecs", "os", "sys", "subprocess", "posixpath", "ntpath", "genericpath"}
            | {p.split(".")[0] for p in paths} | vetted_modules())


def public_names(tree):
    """The module's `__all__`, when it is a literal list or tuple."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            if isinstance(node.value, (ast.List, ast.Tuple)):
                return {e.value for e in node.value.elts if isinstance(e, ast.Constant)}
    return None


def module_files(stdlib):
    """Every module of the standard library, packages at any depth (`xml.etree.ElementTree`)."""
    for path in sorted(stdlib.glob("*.py")):
        yield path.stem, path, None
    for init in sorted(stdlib.rglob("__init__.py")):
        relative = init.parent.relative_to(stdlib).parts
        if relative[0] in ("idlelib", "lib2to3", "site-packages", "tkinter", "turtledemo") or {"test", "tests"} & set(relative):
            continue
        package = ".".join(relative)
        yield package, init, package
        for sub in sorted(init.parent.glob("*.py")):
            if sub.name != "__init__.py":
                yield f"{package}.{sub.stem}", sub, package


# Run inside each Python: the attributes of the named modules whose values are modules
# (`fnmatch.posixpath`, `xml.etree.ElementTree.io`), as they are after import; and, for
# third-party modules, their attributes that are a capability the rules declare, under
# another name (`fastapi.encoders.Path` is `pathlib.Path`).
INTROSPECT = r"""
import importlib, json, sys, types, warnings
warnings.simplefilter("ignore")
request = json.load(sys.stdin)
modules = {}
for name in request["names"]:
    try:
        modules[name] = importlib.import_module(name)
    except BaseException:
        continue
declared = set(request["declared"])
home = {}
# A module the rules declare as a whole (`pathlib`): each member defined there is a
# capability.
for path in sorted(declared, key=lambda p: (len(p), p)):
    # (The builtins are judged as builtins, wherever a module keeps one.)
    if path in ("builtins", "__builtin__"):
        continue
    module = sys.modules.get(path)
    if module is None and path.split(".")[0] in sys.stdlib_module_names:
        try:
            module = importlib.import_module(path)
        except BaseException:
            module = None
    if isinstance(module, types.ModuleType):
        for attr, value in vars(module).items():
            home_module = getattr(value, "__module__", None) or ""
            defined_here = home_module in (path, "_" + path) or home_module.startswith(path + ".")
            if not attr.startswith("_") and defined_here and isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
                home.setdefault(id(value), f"{path}.{attr}")
for path in sorted(declared, key=lambda p: (len(p), p)):
    module_name, _, attr = path.rpartition(".")
    module = modules.get(module_name) or sys.modules.get(module_name)
    if module is not None and attr in vars(module):
        value = vars(module)[attr]
        if not isinstance(value, (types.ModuleType, int, float, str, bytes, bool, type(None))):
            home.setdefault(id(value), path)
found = {}
for name, module in modules.items():
    public = getattr(module, "__all__", None) or ()
    third_party = name.split(".")[0] in request["third_party"]
    for attr, value in list(vars(module).items()):
        if isinstance(value, types.ModuleType) and (attr not in public or third_party):
            found[f"{name}.{attr}"] = value.__name__
        elif id(value) in home and (attr not in public or third_party) and home[id(value)] != f"{name}.{attr}":
            found[f"{name}.{attr}"] = home[id(value)]
print(json.dumps(found))
"""


def other_pythons():
    listed = os.environ.get("REEXPORT_PYTHONS")
    if listed is not None:
        return [p for p in listed.split(":") if p]
    found = glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3"))
    # (A virtual environment with the vetted third-party packages, when there is one:
    # `REEXPORT_VENV`, made by `make reexports`.)
    venv = os.environ.get("REEXPORT_VENV")
    extra = [f"{venv}/bin/python"] if venv and os.path.exists(f"{venv}/bin/python") else []
    return sorted(p for p in found if int(p.split("/versions/3.")[1].split(".")[0]) >= 10) + extra


def third_party_modules():
    """The vetted third-party modules and their listed submodules (`manifest.rs`)."""
    text = (ROOT / "crates/sanitize-core/src/manifest.rs").read_text()
    block = re.search(r"pub\(crate\) const VETTED: &\[Vetted\] = &\[(.*?)\];", text, re.S).group(1)
    vetted = [n for n, area in re.findall(r'v\("([\w.]+)", (\w+)\)', block) if area == "ThirdParty"]
    block = re.search(r"const THIRD_PARTY_SUBMODULES: &\[&str\] = &\[(.*?)\];", text, re.S).group(1)
    return sorted(set(vetted) | set(re.findall(r'"([\w.]+)"', block)))


def runtime_modules(python, names, declared, third_party):
    """What `python`'s modules among `names` hold as modules (or declared capabilities)
    under other names."""
    request = {"names": sorted(names), "declared": sorted(declared), "third_party": sorted(third_party)}
    try:
        done = subprocess.run([python, "-c", INTROSPECT], input=json.dumps(request),
                              capture_output=True, text=True, timeout=600, check=True)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"skipping {python}: {error}", file=sys.stderr)
        return {}
    return json.loads(done.stdout)


def top_level_imports(tree):
    """Import statements that run at import time (module body, `if`/`try` blocks)."""
    pending = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If):
            pending.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            pending.extend(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                pending.extend(handler.body)


def main():
    stdlib = pathlib.Path(sysconfig.get_paths()["stdlib"])
    declared = declared_paths()
    tracked = tracked_modules(declared)
    entries = dict(EXTRA)
    names = []
    for name, path, package in module_files(stdlib):
        if not name.startswith("_") and name.split(".")[0] not in ("this", "antigravity"):
            names.append(name)
    for name, path, package in module_files(stdlib):
        if name.startswith("_") or name.split(".")[0] in ("this", "antigravity"):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        public = public_names(tree)
        for node in top_level_imports(tree):
            if isinstance(node, ast.Import):
                pairs = [
                    (a.asname or a.name.split(".")[0], a.name if a.asname else a.name.split(".")[0])
                    for a in node.names
                ]
            else:
                if node.level:
                    base = (package or name).split(".")
                    base = base[: len(base) - node.level + 1] if package else base[:-node.level]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                pairs = [(a.asname or a.name, f"{module}.{a.name}") for a in node.names if a.name != "*"]
            for attr, target in pairs:
                key = f"{name}.{attr}"
                if target.split(".")[0] not in tracked or key == target:
                    continue
                # The rules name this path themselves (`os.path`): keep their meaning.
                if key in declared or any(d.startswith(key + ".") for d in declared):
                    continue
                # A public re-export is the module's API, named as such by the rules.
                if public is not None and attr in public:
                    continue
                entries.setdefault(key, target)
    # After the source pass: where both know a name, the source's answer is kept.
    pythons = other_pythons()
    third_party = third_party_modules()
    tops = {name.split(".")[0] for name in third_party}
    for python in pythons:
        # The venv with the third-party packages is asked about those only.
        asked = third_party if python.endswith("/bin/python") else names + third_party
        found = runtime_modules(python, asked, declared, tops)
        for key, target in found.items():
            name, attr = key.rsplit(".", 1)
            if target.split(".")[0] not in tracked or key == target or target.startswith("_"):
                continue
            if key in declared or any(d.startswith(key + ".") for d in declared):
                continue
            # A submodule of its own package is itself (`xml.etree.ElementTree`).
            if target == key:
                continue
            entries.setdefault(key, target)
    versions = sorted({f"{sys.version_info.major}.{sys.version_info.minor}"}
                      | {re.search(r"/versions/(3\.\d+)", p).group(1) for p in pythons
                         if re.search(r"/versions/(3\.\d+)", p)})
    print("// @generated by scripts/gen_reexports.py from the Python "
          f"{sys.version_info.major}.{sys.version_info.minor} standard library and the modules of "
          f"Python {', '.join(versions)} at run time. Do not edit.")
    print("//")
    print("// `module.attribute` → what it really is, for stdlib modules that keep another")
    print("// module, or a member of one, under an attribute it does not export (public")
    print("// re-exports in `__all__` are the module's API and are left out). Sorted for")
    print("// binary search.")
    print("pub(crate) const REEXPORTS: &[(&str, &str)] = &[")
    # Only modules code may import need their attributes followed (a module the rules
    # declare as a whole is refused at its import).
    reachable = vetted_modules() | {"builtins", "types", "io", "codecs", "posixpath", "ntpath", "genericpath"}
    for key in sorted(k for k in entries if k.split(".")[0] in reachable or k in EXTRA):
        print(f'    ("{key}", "{entries[key]}"),')
    print("];")


if __name__ == "__main__":
    main()
