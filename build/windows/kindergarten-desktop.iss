; Inno Setup 6.3+ script: the Windows installer of kindergarten-desktop.
;
; A maintainer on Windows, in the project folder (Python 3.11+ and Inno Setup 6 installed):
;   py -m pip install -e ".[build]"
;   py build\build.py --installer      (-> dist\installer\kindergarten-desktop-<version>-setup.exe)
; With a bundle already built: ISCC /DAppVersion=0.1.0 build\windows\kindergarten-desktop.iss
;
; The installer copies dist\kindergarten-desktop\ to Program Files and makes the shortcuts.
; It never touches the school's data: the database, its backups and the lock file live in
; the user's profile (QStandardPaths AppDataLocation:
; %APPDATA%\kindergarten-desktop\kindergarten-desktop), the settings in
; HKCU\Software\kindergarten-desktop. Nothing below names those places, so neither an
; upgrade nor an uninstall can remove them. (This file is UTF-8 with a byte-order mark:
; Inno Setup reads a script without one in the ANSI code page and would garble the names.)

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build\build.py --installer does it)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\kindergarten-desktop"
#endif
#define AppName "Quản lý trường mầm non"
#define AppExe "kindergarten-desktop.exe"

[Setup]
; The AppId identifies the application across versions: an upgrade finds and replaces the
; previous installation. Never change it.
AppId={{8F3C2A51-6B7E-4D3A-9C1F-2E5B7A9D4C60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kindergarten-desktop
DefaultDirName={autopf}\kindergarten-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=kindergarten-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running copy is closed (it backs the database up as it closes) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Vietnamese wizard texts when the translation is installed with Inno Setup (it is not one of
; the official languages: https://jrsoftware.org/files/istrans/); Windows' language picks it.
#if FileExists(CompilerPath + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Unofficial\Vietnamese.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Program files only: an upgrade replaces the bundle wholesale, so no library an older
; version shipped lingers beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "Danh sách lớp, điểm danh, tăng trưởng, tiền ăn, kế hoạch tháng"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; WorkingDir: "{userdocs}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Dirs]/[Registry] entries for the user's data, on purpose:
; uninstalling removes exactly the files listed in [Files] and the shortcuts above.
