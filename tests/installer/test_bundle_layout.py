"""The spec's data lists cover resources/ and the migrations; the spec follows bundle_layout.

These run without PyInstaller: they read installer/bundle_layout.py (which the spec imports)
and the spec's source.
"""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath

import bundle_layout as layout
import pytest

REPO = layout.REPO
SPEC = REPO / "installer" / "cpdesk.spec"


def _dests(files: list[layout.DataFile]) -> dict[str, Path]:
    return {f.dest: f.source for f in files}


def test_every_resource_file_is_bundled_under_the_package_name() -> None:
    planned = _dests(layout.planned_data_files())
    root = REPO / "resources"
    for path in root.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.name == "__init__.py":
            continue
        rel = path.relative_to(root).as_posix()
        if path.suffix == ".ts":
            assert f"cpdesk/resources/{PurePosixPath(rel).with_suffix('.qm')}" in planned, rel
        else:
            assert planned.get(f"cpdesk/resources/{rel}") == path, rel


@pytest.mark.parametrize("subdir", sorted(layout.RESOURCE_SUBDIRS))
def test_each_resource_folder_is_covered(subdir: str) -> None:
    folder = REPO / "resources" / subdir
    files = [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    if not files:
        assert not layout.RESOURCE_SUBDIRS[subdir], f"resources/{subdir} is required and has no files"
        pytest.skip(f"resources/{subdir} has no files yet")
    planned = {f.dest for f in layout.planned_data_files()}
    for path in files:
        rel = path.relative_to(REPO / "resources").as_posix()
        dest = f"cpdesk/resources/{rel}"
        if path.suffix == ".ts":
            dest = str(PurePosixPath(dest).with_suffix(".qm"))
        assert dest in planned, rel


def test_every_top_level_resource_folder_is_known() -> None:
    """A new folder under resources/ is bundled anyway; naming it here keeps the list honest."""
    folders = {p.name for p in (REPO / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"}
    unknown = folders - set(layout.RESOURCE_SUBDIRS)
    assert not unknown, (
        f"resources/{sorted(unknown)} is new: add it to RESOURCE_SUBDIRS in installer/bundle_layout.py "
        "and run the installer smoke test (CPDESK_BUILD_INSTALLER=1)"
    )


def test_the_migrations_are_bundled_as_files() -> None:
    planned = _dests(layout.planned_data_files())
    root = REPO / "cpdesk" / "store" / "migrations"
    scripts = [p for p in root.rglob("*.py") if "__pycache__" not in p.parts]
    assert root / "env.py" in scripts
    assert any(p.parent.name == "versions" for p in scripts)
    for path in [*scripts, root / "script.py.mako"]:
        rel = path.relative_to(root).as_posix()
        assert planned.get(f"cpdesk/store/migrations/{rel}") == path, rel


def test_the_migrations_imports_are_hidden_imports() -> None:
    names = set(layout.migration_imports())
    assert {"alembic.op", "alembic.context", "sqlalchemy", "cpdesk.store.base", "cpdesk.store.models"} <= names
    # "from cpdesk.store.base import Base" names a class, which is no module to look for.
    assert "cpdesk.store.base.Base" not in names
    assert "collections.abc.Sequence" not in names


def test_translations_are_compiled_and_the_sources_left_out(tmp_path: Path) -> None:
    """Once resources/translations/*.ts exist, the bundle carries their .qm and not the .ts."""
    repo = tmp_path / "repo"
    (repo / "resources" / "translations").mkdir(parents=True)
    (repo / "resources" / "__init__.py").write_text("", encoding="utf-8")
    (repo / "resources" / "translations" / "cpdesk_vi.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi_VN">\n'
        "<context><name>MainWindow</name><message><source>Options</source>"
        "<translation>Giải pháp</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    assert [f.dest for f in layout.resource_files(repo)] == []
    try:
        compiled = layout.compile_translations(tmp_path / "qm", repo)
    except FileNotFoundError:
        pytest.skip("pyside6-lrelease is not installed")
    assert [f.dest for f in compiled] == ["cpdesk/resources/translations/cpdesk_vi.qm"]
    assert compiled[0].source.stat().st_size > 0


def test_a_local_qm_beside_its_ts_is_not_bundled_twice(tmp_path: Path) -> None:
    """The fresh compile of the .ts is bundled, not a developer's older .qm of the same name."""
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "cpdesk_vi.ts").write_text("<TS/>", encoding="utf-8")
    (folder / "cpdesk_vi.qm").write_bytes(b"stale")
    (folder / "qt_extra_vi.qm").write_bytes(b"no source here")
    assert [f.dest for f in layout.resource_files(tmp_path)] == ["cpdesk/resources/translations/qt_extra_vi.qm"]
    dests = [f.dest for f in layout.planned_data_files(tmp_path)]
    assert dests.count("cpdesk/resources/translations/cpdesk_vi.qm") == 1


def test_no_translations_means_no_lrelease_needed(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    assert layout.compile_translations(tmp_path / "qm", tmp_path, lrelease=["/nonexistent/lrelease"]) == []


def test_expected_layout_names_both_executables_per_platform() -> None:
    linux, windows = layout.expected_layout("linux"), layout.expected_layout("win32")
    assert {"cpdesk", "cpdesk-gui"} <= linux
    assert {"cpdesk.exe", "cpdesk-gui.exe"} <= windows
    assert {p for p in linux if p.startswith("_internal/")} == {p for p in windows if p.startswith("_internal/")}
    assert "_internal/cpdesk/resources/icons/cpdesk.ico" in linux


def test_qt_translations_of_other_languages_are_dropped() -> None:
    assert layout.keep_qt_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not layout.keep_qt_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not layout.keep_qt_data("PySide6\\Qt\\translations\\qt_zh_CN.qm")
    assert layout.keep_qt_data("cpdesk/resources/translations/cpdesk_de.qm")  # ours are all kept
    assert layout.keep_qt_data("PySide6/Qt/plugins/platforms/libqxcb.so")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2rc1", (1, 2, 0, 0)), ("2.0.1.7.9", (2, 0, 1, 7)), ("3", (3, 0, 0, 0))],
)
def test_version_numbers_for_windows(text: str, numbers: tuple[int, ...]) -> None:
    assert layout.version_tuple(text) == numbers


def test_version_resource_is_a_valid_expression() -> None:
    text = layout.version_info_text("0.1.0", "cpdesk-gui")
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call)
    assert getattr(tree.body.func, "id", None) == "VSVersionInfo"
    assert "filevers=(0, 1, 0, 0)" in text
    assert "'cpdesk-gui.exe'" in text


def test_version_is_the_package_version() -> None:
    import cpdesk

    assert layout.version() == cpdesk.__version__


def test_manifest_round_trip(tmp_path: Path) -> None:
    files = layout.planned_data_files()
    layout.write_manifest(tmp_path, files)
    paths = set(layout.read_manifest(tmp_path))
    assert paths == layout.expected_layout()


def _spec_calls(name: str) -> list[ast.Call]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == name]


def _keywords(call: ast.Call) -> dict[str, str]:
    return {k.arg: ast.unparse(k.value) for k in call.keywords if k.arg}


def test_spec_bundles_the_layouts_data_in_both_executables() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "layout.all_data_files(" in source
    assert "layout.write_manifest(" in source
    analyses = _spec_calls("Analysis")
    assert len(analyses) == 3  # Windows: workbench and command line; elsewhere: one for both
    for call in analyses:
        keywords = _keywords(call)
        assert keywords["datas"] == "datas"
        assert "HOOKS" in keywords["hookspath"]


def test_spec_bundles_every_cpdesk_module() -> None:
    """Modules found by name at run time (importlib) are bundled too; the CLI gets no GUI module."""
    source = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("cpdesk"' in source
    analyses = {ast.unparse(c.args[0]): _keywords(c)["hiddenimports"] for c in _spec_calls("Analysis")}
    hidden = {next(n for n in ("gui", "cli", "app") if f"{n}.py" in k): v for k, v in analyses.items()}
    assert "gui_own_modules" in hidden["gui"]
    assert "cli_own_modules" in hidden["cli"]
    assert "gui_own_modules" in hidden["app"]  # one executable is both: every module
    assert "layout.GUI_PACKAGE" in source


def test_every_analysis_leaves_out_the_trimmed_modules() -> None:
    for call in _spec_calls("Analysis"):
        assert "bundle_trim.TRIMMED_MODULES" in _keywords(call)["excludes"]


def test_spec_names_executables_and_folder_from_the_layout() -> None:
    exes = [_keywords(c) for c in _spec_calls("EXE")]
    # Windows' two executables, then the one executable of the other platforms.
    assert [k["name"] for k in exes] == ["layout.GUI_NAME", "layout.CLI_NAME", "layout.CLI_NAME"]
    assert all(k["contents_directory"] == "layout.CONTENTS_DIR" for k in exes)
    assert [k["console"] for k in exes] == ["False", "True", "True"]
    (collect,) = _spec_calls("COLLECT")
    assert _keywords(collect)["name"] == "layout.DIST_NAME"
    source = SPEC.read_text(encoding="utf-8")
    assert "gui_link.symlink_to(layout.CLI_NAME)" in source  # cpdesk-gui, a link to cpdesk


def test_entry_scripts_exist_and_start_the_right_mains() -> None:
    entry = REPO / "installer" / "entry"
    assert "from cpdesk.cli.main import run" in (entry / "cli.py").read_text(encoding="utf-8")
    assert "from cpdesk.gui.smoke import main" in (entry / "gui.py").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv0", "expected"),
    [("/opt/cpdesk/cpdesk-gui", "gui"), ("cpdesk-gui", "gui"), ("/opt/cpdesk/cpdesk", "cli"), ("cpdesk", "cli")],
)
def test_the_one_executable_chooses_by_the_name_it_was_started_as(
    argv0: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util
    import sys
    import types

    spec = importlib.util.spec_from_file_location("cpdesk_app_entry", REPO / "installer" / "entry" / "app.py")
    assert spec is not None and spec.loader is not None
    app = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(app)
    assert app.GUI_NAME == layout.GUI_NAME
    started = []
    for side, module, entry in (("gui", "cpdesk.gui.smoke", "main"), ("cli", "cpdesk.cli.main", "run")):
        fake = types.ModuleType(module)
        setattr(fake, entry, lambda side=side: started.append(side) or 0)
        monkeypatch.setitem(sys.modules, module, fake)
    monkeypatch.setattr(sys, "argv", [argv0, "--version"])
    assert app.main() == 0
    assert started == [expected]


def test_hook_for_iapws_is_found_by_name() -> None:
    assert (REPO / "installer" / "hooks" / "hook-iapws.py").is_file()


def test_hook_for_isal_brings_the_extensions_its_zlib_imports_from_c() -> None:
    assert 'collect_submodules("isal")' in (REPO / "installer" / "hooks" / "hook-isal.py").read_text(encoding="utf-8")


def test_resource_package_marker_stays_out_of_the_data() -> None:
    assert all(f.source.name != "__init__.py" for f in layout.resource_files())
