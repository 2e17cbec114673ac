"""What was written or imported before the package was put in layers still works."""

from __future__ import annotations

import ast
import importlib
import pickle
from pathlib import Path

import pytest

import arabicnews
from arabicnews import Document
from arabicnews.stages.entities.stage import EntityStage

FIXTURES = Path(__file__).parent / "fixtures" / "compat"
OLD_MODULES = sorted(p.stem for p in Path(arabicnews.__file__).parent.glob("*.py") if not p.stem.startswith("_"))


def test_the_old_module_paths_are_all_here() -> None:
    assert OLD_MODULES == [
        "attribution",
        "cli",
        "clitics",
        "commands",
        "corpora",
        "dask",
        "defaults",
        "document",
        "download",
        "entities",
        "errors",
        "export",
        "ner",
        "normalize",
        "numerals",
        "parallel",
        "pipeline",
        "quantities",
        "render",
        "resources",
        "sentences",
        "serialize",
        "spans",
        "stanza_backend",
        "tokenizer",
        "validate",
    ]


@pytest.mark.parametrize("name", OLD_MODULES)
def test_an_old_module_re_exports_the_objects_of_their_new_home(name: str) -> None:
    old = importlib.import_module(f"arabicnews.{name}")
    tree = ast.parse(Path(old.__file__ or "").read_text(encoding="utf-8"))
    imported = 0
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            home = importlib.import_module(node.module or "")
            for alias in node.names:
                assert getattr(old, alias.asname or alias.name) is getattr(home, alias.name)
                imported += 1
        else:
            # a docstring and __all__, nothing else: the module holds no code of its own
            assert isinstance(node, ast.Expr | ast.Assign), ast.dump(node)
    assert imported and set(old.__all__) <= set(dir(old))


def test_top_level_functions_are_not_hidden_by_modules_of_the_same_name() -> None:
    importlib.import_module("arabicnews.normalize")
    importlib.import_module("arabicnews.render")
    assert callable(arabicnews.normalize) and arabicnews.normalize("أ") == "ا"
    assert callable(arabicnews.render)


def test_a_pickle_written_before_the_layers_reads_back_equal() -> None:
    # Written by arabicnews 0.1.0 before the restructure (the classes lived in arabicnews.spans,
    # arabicnews.quantities, arabicnews.attribution, ...).
    old = pickle.loads((FIXTURES / "0.1.0-seed-sentence.pickle").read_bytes())

    class OldEntities(EntityStage):
        """The entities of the pickle: the entity model is retrained from time to time, and what it
        finds is pinned by the seed tests, not here; every other layer is computed afresh."""

        __slots__ = ()

        def __call__(self, doc: Document, /) -> Document:
            return doc.with_layer("entities", old.entities, validate=False)

    new = arabicnews.default_pipeline().replace("entities", OldEntities())(old.text)
    assert old == new
    assert [q.text for q in old.quantities] == ["أكثر من ٣٥ ضربة جوية", "١٢ يناير ٢٠١٥"]
