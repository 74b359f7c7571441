"""The Windows installer script and the Linux package refer only to files the bundle has.

Inno Setup cannot run here, so cpdesk.iss is kept correct by reading it: every file it takes
from the one-folder bundle or points a shortcut, registry entry or uninstaller at must be in
the layout that installer/cpdesk.spec builds (bundle_layout.expected_layout, for Windows),
and every file it takes from the repository must exist. The Linux menu entry, MIME type and
install scripts are checked against the same layout.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath, PureWindowsPath

import bundle_layout as layout
import pytest

from cpdesk.store import locations

INSTALLER = layout.REPO / "installer"
ISS = INSTALLER / "windows" / "cpdesk.iss"
ISL = INSTALLER / "windows" / "vietnamese.isl"
LINUX = INSTALLER / "linux"

# Custom messages that Inno Setup's own Default.isl defines for every language.
INNO_STANDARD_CUSTOM_MESSAGES = {
    "NameAndVersion",
    "AdditionalIcons",
    "CreateDesktopIcon",
    "CreateQuickLaunchIcon",
    "ProgramOnTheWeb",
    "UninstallProgram",
    "LaunchProgram",
    "AssocFileExtension",
    "AssocingFileExtension",
    "AutoStartProgramGroupDescription",
    "AutoStartProgram",
    "AddonHostProgramNotFound",
}


def _iss_text() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def _defines(text: str) -> dict[str, str]:
    """``#define Name "value"`` lines, first definition winning (defaults inside #ifndef too)."""
    found: dict[str, str] = {}
    for name, value in re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"\s*$', text, flags=re.M):
        found.setdefault(name, value)
    return found


def _expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), value)


def _sections(text: str) -> dict[str, list[str]]:
    """Lines of each [Section], without comments and blank lines; [Code] is left whole."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
            continue
        if current == "Code":
            sections[current].append(raw)
        elif line and not line.startswith((";", "#")):
            sections.setdefault(current, []).append(line)
    return sections


def _params(line: str) -> dict[str, str]:
    """``Name: "value"; Other: value`` entries of a section line."""
    params = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        value = match.group(2).strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        params[match.group(1)] = value
    return params


def _setup(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections(text)["Setup"])


@pytest.fixture(scope="module")
def windows_layout() -> set[str]:
    return layout.expected_layout("win32")


def _in_layout(relative: str, bundle: set[str]) -> bool:
    """A file of the bundle, a folder holding some, or a wildcard matching some."""
    path = PureWindowsPath(relative).as_posix().strip("/")
    if path.endswith("/*"):
        path = path[:-2]
    return path in bundle or any(p.startswith(path + "/") for p in bundle)


def test_iss_constants_match_the_layout() -> None:
    defines = _defines(_iss_text())
    assert defines["GuiExe"] == layout.exe_name(layout.GUI_NAME, "win32")
    assert defines["CliExe"] == layout.exe_name(layout.CLI_NAME, "win32")
    assert defines["ContentsDir"] == layout.CONTENTS_DIR
    assert defines["BundleExt"] == layout.BUNDLE_EXTENSION
    # The uninstaller looks for the user's data where cpdesk keeps it.
    assert defines["DataFolder"] == locations.APP_NAME


def test_every_app_path_in_the_iss_is_in_the_bundle(windows_layout: set[str]) -> None:
    text = _iss_text()
    defines = _defines(text)
    # Comments may say "{app}\..." in prose: read the entries and the code only.
    expanded = _expand("\n".join(line for lines in _sections(text).values() for line in lines), defines)
    referenced = set(re.findall(r"\{app\}\\([^\"';,\s]+)", expanded))
    assert referenced, "the script refers to no file in {app}"
    missing = sorted(r for r in referenced if not _in_layout(r.rstrip(","), windows_layout))
    assert not missing, f"cpdesk.iss refers to files the bundle does not have: {missing}"


def test_every_bundle_source_in_the_iss_is_in_the_bundle(windows_layout: set[str]) -> None:
    text = _iss_text()
    defines = _defines(text)
    sources = [_params(line)["Source"] for line in _sections(text)["Files"]]
    assert sources
    for source in sources:
        expanded = _expand(source, defines)
        assert expanded.startswith("{#DistDir}\\"), f"{source}: files come from the bundle only"
        assert _in_layout(expanded.removeprefix("{#DistDir}\\"), windows_layout), source
    # The executables are listed by name, so that a renamed one fails here, not on a laptop.
    names = {_expand(s, defines).removeprefix("{#DistDir}\\") for s in sources}
    assert {layout.exe_name(layout.GUI_NAME, "win32"), layout.exe_name(layout.CLI_NAME, "win32")} <= names


def test_repository_files_named_by_the_iss_exist() -> None:
    text = _iss_text()
    setup = _setup(text)
    assert (ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()).resolve() == layout.icon_file("ico")
    assert layout.icon_file("ico").is_file()
    for line in _sections(text)["Languages"]:
        for part in _params(line)["MessagesFile"].split(","):
            if not part.startswith("compiler:"):
                assert (ISS.parent / part).is_file(), part


def test_iss_installs_per_user_with_both_languages() -> None:
    text = _iss_text()
    setup = _setup(text)
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when per user
    assert setup["ChangesAssociations"] == "yes"
    languages = {_params(line)["Name"] for line in _sections(text)["Languages"]}
    assert languages == {"en", "vi"}
    for line in _sections(text)["Registry"]:
        assert _params(line)["Root"] == "HKA", "per-user registry entries only"


def test_setup_program_name_is_the_one_build_py_reports() -> None:
    import package_windows

    base = _setup(_iss_text())["OutputBaseFilename"].replace("{#AppVersion}", "1.2.3")
    assert f"{base}.exe" == package_windows.setup_name("1.2.3")


def test_iss_makes_menu_and_desktop_shortcuts_and_the_association() -> None:
    text = _iss_text()
    defines = _defines(text)
    icons = [_params(line) for line in _sections(text)["Icons"]]
    assert {i["Name"].split("\\")[0] for i in icons} == {"{autoprograms}", "{autodesktop}"}
    assert all(_expand(i["Filename"], defines) == r"{app}\cpdesk-gui.exe" for i in icons)
    commands = [_params(line) for line in _sections(text)["Registry"] if "shell\\open\\command" in line]
    assert commands
    assert _expand(commands[0]["ValueData"], defines) == '"{app}\\cpdesk-gui.exe" "%1"'


def test_iss_uninstaller_asks_before_deleting_data_and_keeps_it_when_silent() -> None:
    code = "\n".join(_sections(_iss_text())["Code"])
    assert "usPostUninstall" in code
    assert "UninstallSilent()" in code
    assert "MB_DEFBUTTON2" in code, "the default answer must be No: keep the data"
    assert "{localappdata}" in code


def _custom_messages_used(text: str) -> set[str]:
    return set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))


def _isl() -> configparser.ConfigParser:
    raw = ISL.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup before 6.3 needs the BOM to read UTF-8"
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=(";",), strict=True)
    parser.optionxform = str  # message names are case-sensitive in intent
    parser.read_string(raw.decode("utf-8-sig"))
    return parser


def test_every_custom_message_is_defined_in_both_languages() -> None:
    text = _iss_text()
    used = _custom_messages_used(text)
    ours = used - INNO_STANDARD_CUSTOM_MESSAGES
    english = set(re.findall(r"^en\.(\w+)=", text, flags=re.M))
    vietnamese = set(_isl()["CustomMessages"])
    assert ours <= english, ours - english
    assert used <= vietnamese, used - vietnamese


def test_vietnamese_messages_keep_the_placeholders() -> None:
    isl = _isl()
    assert isl["LangOptions"]["LanguageID"] == "$042A"
    allowed = re.compile(r"%[1-9n%]|\[(?:name|name/ver|gb|mb)\]")
    for section in ("Messages", "CustomMessages"):
        for name, value in isl[section].items():
            assert value.strip(), name
            leftovers = re.findall(r"%.|\[[^\]]*\]", allowed.sub("", value))
            assert not leftovers, f"{name}: unknown placeholders {leftovers}"
    messages = isl["Messages"]
    assert "[name]" in messages["SelectDirLabel3"]
    assert "%1" in messages["UninstallAppFullTitle"]
    assert "%1" in isl["CustomMessages"]["RemoveUserData"]
    assert "%1" in isl["CustomMessages"]["AssociateBundles"]
    english = re.search(r"^en\.RemoveUserData=(.*)$", _iss_text(), flags=re.M)
    assert english
    assert "%1" in english.group(1)


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "cpdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == f"{layout.GUI_NAME} %f"  # install.sh makes it an absolute path
    assert desktop["Icon"] == layout.ICON_BASENAME
    assert desktop["MimeType"] == f"{layout.BUNDLE_MIME_TYPE};"
    assert "GenericName[vi]" in desktop
    assert desktop["Terminal"] == "false"


def test_mime_type_matches_the_bundle_extension() -> None:
    root = ET.parse(LINUX / "cpdesk-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime,) = root.findall("m:mime-type", ns)
    assert mime.get("type") == layout.BUNDLE_MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == [f"*{layout.BUNDLE_EXTENSION}"]


def _shell_vars(path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, value in re.findall(r'^([A-Z_]+)=("[^"]*"|\S+)', path.read_text(encoding="utf-8"), flags=re.M):
        found.setdefault(name, value.strip('"'))
    return found


def test_install_script_paths_are_in_the_package() -> None:
    values = _shell_vars(LINUX / "install.sh")
    bundle = layout.expected_layout("linux")
    assert values["GUI_EXE"] in bundle
    assert values["CLI_EXE"] in bundle
    sizes = [int(s) for s in values["ICON_SIZES"].split()]
    assert tuple(sizes) == layout.ICON_PNG_SIZES
    for size in sizes:
        assert f"{values['ICON_DIR']}/cpdesk-{size}.png" in bundle
    assert f"{values['ICON_DIR']}/cpdesk.svg" in bundle
    assert values["DESKTOP_FILE"] in layout.LINUX_EXTRAS
    assert values["MIME_FILE"] in layout.LINUX_EXTRAS
    assert _shell_vars(LINUX / "uninstall.sh")["ICON_SIZES"] == values["ICON_SIZES"]
    assert _shell_vars(LINUX / "uninstall.sh")["MARKER"] == values["MARKER"]


def test_linux_extras_exist() -> None:
    for arcpath, source in layout.LINUX_EXTRAS.items():
        assert (LINUX / source).is_file(), source
        assert PurePosixPath(arcpath).name in {"install.sh", "uninstall.sh", "README.txt"} or arcpath.startswith(
            "share/"
        )


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh"])
def test_shell_scripts_parse(script: str) -> None:
    subprocess.run(["bash", "-n", str(LINUX / script)], check=True)
