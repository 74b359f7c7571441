; cpdesk for Windows: a per-user installer that needs no administrator.
;
; Compiled by installer/build.py on Windows, after PyInstaller, with Inno Setup 6.3 or later:
;   ISCC.exe /DDistDir=<dist>\cpdesk /DOutputDir=<dist> /DAppVersion=0.1.0 installer\windows\cpdesk.iss
; Every define has a default, so the script also compiles on its own from the Inno Setup IDE
; once `pyinstaller installer/cpdesk.spec` has made dist\cpdesk.
;
; Every {app}\... and {#DistDir}\... path below must exist in the one-folder bundle that
; installer/cpdesk.spec makes: tests/installer/test_installer_scripts.py checks them against
; installer/bundle_layout.py, which the spec also follows.
;
; The user's data (database, backups, log) is not in {app}: cpdesk keeps it in
; %LOCALAPPDATA%\cpdesk (platformdirs' user data folder for "cpdesk", no author part). The
; installer never writes there, and the uninstaller deletes it only when the user says so.

#define AppName "cpdesk"
#define GuiExe "cpdesk-gui.exe"
#define CliExe "cpdesk.exe"
#define ContentsDir "_internal"
#define ProgId "cpdesk.bundle"
#define DataFolder "cpdesk"

#ifndef BundleExt
  #define BundleExt ".cpdx"
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\cpdesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef AppVersion
  ; The version PyInstaller wrote into the executable's version resource.
  #define AppVersion GetStringFileInfo(AddBackslash(DistDir) + GuiExe, "ProductVersion")
#endif
#define AppVersionNumbers GetVersionNumbersString(AddBackslash(DistDir) + GuiExe)

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{6B1F2D84-3C5E-4A97-8E0D-2F7A9C41B5E3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=cpdesk developers
AppComments=Cleaner Production assessments
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName={#AppName}
; Per user: installs under %LOCALAPPDATA%\Programs, registers in HKCU, no UAC prompt. An
; auditor's laptop is often managed by someone else, and the auditor is not an administrator.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
; One shortcut straight in the start menu's programs list: no folder to choose.
DisableProgramGroupPage=yes
DisableDirPage=auto
; Qt 6 runs on 64-bit Windows 10 and later only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=cpdesk-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\cpdesk.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
; Close a running cpdesk before replacing its files (the last page offers to start it again).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; English first: Setup falls back to the first language when Windows speaks neither.
Name: "en"; MessagesFile: "compiler:Default.isl"
; Vietnamese is not among Inno Setup's bundled translations: vietnamese.isl (ours) overrides
; the English defaults for every message an auditor sees.
Name: "vi"; MessagesFile: "compiler:Default.isl,vietnamese.isl"

[CustomMessages]
; The Vietnamese texts of these messages are in vietnamese.isl.
en.AppComment=Cleaner Production assessments
en.FileAssociations=File types:
en.AssociateBundles=Open cpdesk &bundles (%1 files) with cpdesk
en.BundleFileType=cpdesk bundle
en.RemoveUserData=Also delete your cpdesk data?%n%n%1%n%nThis folder holds your assessments database and its backups. Choose No to keep them: a cpdesk installed later opens them again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "associate"; Description: "{cm:AssociateBundles,{#BundleExt}}"; GroupDescription: "{cm:FileAssociations}"

[InstallDelete]
; An upgrade replaces the bundled Python and Qt as a whole: files of the old version left
; beside the new ones could be loaded by mistake.
Type: filesandordirs; Name: "{app}\{#ContentsDir}"

[Files]
Source: "{#DistDir}\{#GuiExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\{#ContentsDir}\*"; DestDir: "{app}\{#ContentsDir}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; File association, per user (HKA is HKCU in a per-user install). Double-clicking a bundle
; that arrived on a USB stick opens it in the workbench.
Root: HKA; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#BundleExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: "{#BundleExt}"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller removes the program and keeps the user's data, unless the user, asked in
  an interactive uninstall, chooses to delete it. A silent uninstall (an administrator's
  script, an upgrade tool) never deletes data: it cannot ask. }

function UserDataDir(): String;
begin
  Result := AddBackslash(ExpandConstant('{localappdata}')) + '{#DataFolder}';
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := UserDataDir();
  if UninstallSilent() or not DirExists(DataDir) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveUserData'), [DataDir]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(DataDir, True, True, True);
end;
