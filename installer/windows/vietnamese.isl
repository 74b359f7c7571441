; Vietnamese messages for cpdesk's installer and uninstaller (Inno Setup 6).
;
; Inno Setup ships no Vietnamese translation, so cpdesk.iss loads Default.isl first and this
; file over it: every message an auditor sees while installing or removing cpdesk is here,
; and anything rarer falls back to the English of Default.isl. Placeholders (%1, %n, [name],
; [name/ver], [gb], [mb]) and the meaning of each message follow Default.isl; & marks the
; keyboard accelerator. The file is UTF-8 (with a BOM, which every Inno Setup 6 reads).

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=1258

[Messages]
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi
SetupAlreadyRunning=Trình cài đặt đang chạy.
WindowsVersionNotSupported=Chương trình này không hỗ trợ phiên bản Windows đang chạy trên máy tính của bạn.
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt vào lúc khác để cài nốt.%n%nThoát cài đặt?

ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=OK
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông với tất cả
ButtonFinish=&Hoàn tất
ButtonBrowse=&Duyệt...
ButtonWizardBrowse=D&uyệt...
ButtonNewFolder=&Tạo thư mục mới

SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách dưới đây, rồi bấm OK.
NewFolderName=Thư mục mới

WelcomeLabel1=Chào mừng bạn đến với trình cài đặt [name]
WelcomeLabel2=Trình này sẽ cài [name/ver] lên máy tính của bạn.%n%nBạn nên đóng mọi ứng dụng khác trước khi tiếp tục.

WizardSelectDir=Chọn nơi cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
SelectDirBrowseLabel=Để tiếp tục, bấm Tiếp. Nếu muốn chọn thư mục khác, bấm Duyệt.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng đĩa trống.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng đĩa trống.

WizardSelectTasks=Chọn các việc làm thêm
SelectTasksDesc=Trình cài đặt có cần làm thêm việc gì không?
SelectTasksLabel2=Chọn những việc trình cài đặt sẽ làm thêm khi cài [name], rồi bấm Tiếp.

WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] lên máy tính của bạn.
ReadyLabel2a=Bấm Cài đặt để tiếp tục, hoặc bấm Quay lại nếu muốn xem lại hay thay đổi các lựa chọn.
ReadyLabel2b=Bấm Cài đặt để tiếp tục.
ReadyMemoDir=Nơi cài đặt:
ReadyMemoTasks=Việc làm thêm:

WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] lên máy tính của bạn.
ApplicationsFound=Các ứng dụng sau đang dùng những tệp mà trình cài đặt cần cập nhật. Bạn nên để trình cài đặt tự động đóng các ứng dụng này.
ApplicationsFound2=Các ứng dụng sau đang dùng những tệp mà trình cài đặt cần cập nhật. Bạn nên để trình cài đặt tự động đóng các ứng dụng này. Cài xong, trình cài đặt sẽ thử mở lại chúng.
CloseApplications=&Tự động đóng các ứng dụng
DontCloseApplications=&Không đóng các ứng dụng

WizardInstalling=Đang cài đặt
InstallingLabel=Vui lòng chờ trong khi trình cài đặt cài [name] lên máy tính của bạn.

FinishedHeadingLabel=Hoàn tất cài đặt [name]
FinishedLabelNoIcons=Trình cài đặt đã cài xong [name] lên máy tính của bạn.
FinishedLabel=Trình cài đặt đã cài xong [name] lên máy tính của bạn. Có thể mở ứng dụng bằng các lối tắt vừa tạo.
ClickFinish=Bấm Hoàn tất để thoát trình cài đặt.
RunEntryExec=Chạy %1

StatusClosingApplications=Đang đóng các ứng dụng...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateRegistryEntries=Đang ghi vào sổ đăng ký (registry)...
StatusExtractFiles=Đang giải nén các tệp...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRollback=Đang hoàn tác các thay đổi...
StatusRestartingApplications=Đang mở lại các ứng dụng...

ConfirmUninstall=Bạn có chắc muốn gỡ bỏ hoàn toàn %1 và mọi thành phần của nó?
UninstallStatusLabel=Vui lòng chờ trong khi %1 được gỡ khỏi máy tính của bạn.
UninstalledAll=Đã gỡ %1 khỏi máy tính của bạn.
UninstalledMost=Đã gỡ xong %1.%n%nMột số thành phần không gỡ được. Bạn có thể tự xóa chúng.
WizardUninstalling=Tình trạng gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

[CustomMessages]
; Inno Setup's standard custom messages that cpdesk.iss uses.
NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt:
CreateDesktopIcon=Tạo lối tắt trên &màn hình nền
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
; cpdesk's own messages (the English ones are in cpdesk.iss).
AppComment=Đánh giá Sản xuất sạch hơn
FileAssociations=Loại tệp:
AssociateBundles=Mở &gói dữ liệu cpdesk (tệp %1) bằng cpdesk
BundleFileType=Gói dữ liệu cpdesk
RemoveUserData=Xóa luôn dữ liệu cpdesk của bạn?%n%n%1%n%nThư mục này chứa cơ sở dữ liệu các đánh giá và các bản sao lưu. Chọn Không để giữ lại: cpdesk cài sau này sẽ mở lại được.
