<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>About</name>
    <message>
        <source>Cleaner Production assessments in factories, offline: flow charts, measurements, water and energy balances, CP options with their feasibility and CO₂, reports for the company and the national CP centre.</source>
        <translation>Đánh giá sản xuất sạch hơn tại doanh nghiệp, không cần mạng: sơ đồ quy trình, số liệu đo, cân bằng nước và năng lượng, giải pháp SXSH với tính khả thi và CO₂, báo cáo cho doanh nghiệp và Trung tâm Sản xuất sạch quốc gia.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Giấy phép MIT</translation>
    </message>
    <message>
        <source>About cpdesk</source>
        <translation>Giới thiệu cpdesk</translation>
    </message>
</context>
<context>
    <name>AppraisalModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Payback, years</source>
        <translation>Hoàn vốn, năm</translation>
    </message>
    <message>
        <source>Discounted payback, years</source>
        <translation>Hoàn vốn có chiết khấu, năm</translation>
    </message>
    <message>
        <source>NPV, %1</source>
        <translation>NPV, %1</translation>
    </message>
    <message>
        <source>IRR, %</source>
        <translation>IRR, %</translation>
    </message>
    <message>
        <source>NPV range ±20 %, %1</source>
        <translation>NPV khi ±20 %, %1</translation>
    </message>
    <message>
        <source>NPV with investment +20 % and savings −20 %, and the other way round</source>
        <translation>NPV khi vốn đầu tư +20 % và tiết kiệm −20 %, và ngược lại</translation>
    </message>
    <message>
        <source>CO₂ avoided, t/yr</source>
        <translation>CO₂ giảm, t/năm</translation>
    </message>
    <message>
        <source>Factor set: %1</source>
        <translation>Bộ hệ số: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Nhiệm vụ đã xong</translation>
    </message>
</context>
<context>
    <name>AssessmentWorkspace</name>
    <message>
        <source>Overview</source>
        <extracomment>The assessment&apos;s tasks counted done (marked, and their checks pass) and marked done, once the progress panel has counted them: the header&apos;s one count.</extracomment>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>CP team</source>
        <translation>Đội SXSH</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Công đoạn sản xuất</translation>
    </message>
    <message>
        <source>Flow chart</source>
        <translation>Sơ đồ quy trình</translation>
    </message>
    <message>
        <source>Streams and readings</source>
        <translation>Dòng và số đo</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <source>Waste costs and causes</source>
        <translation>Chi phí và nguyên nhân dòng thải</translation>
    </message>
    <message>
        <source>Options and feasibility</source>
        <translation>Giải pháp và tính khả thi</translation>
    </message>
    <message>
        <source>Implementation and monitoring</source>
        <translation>Thực hiện và theo dõi</translation>
    </message>
    <message>
        <source>Monitoring and verification</source>
        <translation>Đo lường và kiểm chứng</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Ảnh và tệp</translation>
    </message>
    <message>
        <source>Loggers</source>
        <translation>Bộ ghi dữ liệu</translation>
    </message>
    <message>
        <source>Tasks %1 of the method</source>
        <translation>Nhiệm vụ %1 của phương pháp</translation>
    </message>
    <message>
        <source>programme %1</source>
        <translation>chương trình %1</translation>
    </message>
    <message>
        <source>%1 of 18 tasks done</source>
        <translation>đã xong %1/18 nhiệm vụ</translation>
    </message>
    <message>
        <source>(%1 more marked done, with checks still open)</source>
        <translation>(thêm %1 đã đánh dấu xong, còn kiểm tra chưa đạt)</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Đính kèm vào</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>New files are attached to this; the gallery shows its files</source>
        <translation>Tệp mới được đính kèm vào mục này; bộ ảnh hiển thị các tệp của nó</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>Đính kèm vào:</translation>
    </message>
    <message>
        <source>Photos of meters, leaks and equipment, logger files, invoices. They are kept in the database and travel with the assessment. Drag files here from the file manager; F2 edits a caption.</source>
        <translation>Ảnh đồng hồ, chỗ rò rỉ và thiết bị, tệp bộ ghi dữ liệu, hoá đơn. Chúng được lưu trong cơ sở dữ liệu và đi cùng đánh giá. Kéo tệp từ trình quản lý tệp vào đây; F2 để sửa chú thích.</translation>
    </message>
    <message>
        <source>No photos or files here yet. Add photos of meters, leaks and equipment, logger files and invoices, or drag them here from the file manager.</source>
        <translation>Chưa có ảnh hay tệp nào. Hãy thêm ảnh đồng hồ đo, chỗ rò rỉ và thiết bị, tệp của bộ ghi dữ liệu và hoá đơn, hoặc kéo chúng từ trình quản lý tệp thả vào đây.</translation>
    </message>
    <message>
        <source>Add a photo or file…</source>
        <translation>Thêm ảnh hoặc tệp…</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Ảnh và tệp</translation>
    </message>
    <message>
        <source>All files of the assessment</source>
        <translation>Mọi tệp của đánh giá</translation>
    </message>
    <message>
        <source>The assessment itself</source>
        <translation>Bản thân đánh giá</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Công đoạn: %1</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Dòng: %1</translation>
    </message>
    <message>
        <source>Option: %1</source>
        <translation>Giải pháp: %1</translation>
    </message>
    <message>
        <source>Attach %1 files</source>
        <translation>Đính kèm %1 tệp</translation>
    </message>
    <message>
        <source>Attached %1 files</source>
        <translation>Đã đính kèm %1 tệp</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>Đính kèm ảnh hoặc tệp</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Participant</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Số ngày tham dự</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
    <message>
        <source>Restore the database, or one assessment, from a backup copy</source>
        <translation>Khôi phục cơ sở dữ liệu, hoặc một đánh giá, từ một bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Deleted items…</source>
        <translation>Mục đã &amp;xoá…</translation>
    </message>
    <message>
        <source>Bring back a deleted assessment</source>
        <translation>Đưa trở lại một đánh giá đã xoá</translation>
    </message>
    <message>
        <source>“%1” restored from the copy of %2; the undo history was cleared</source>
        <translation>Đã khôi phục “%1” từ bản sao lưu lúc %2; lịch sử hoàn tác đã được xoá</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>No automatic backup of a server database</source>
        <extracomment>Milliseconds after the window shows before the copy at start. How often the keeper is asked whether a copy is due.</extracomment>
        <translation>Không tự động sao lưu cơ sở dữ liệu máy chủ</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>No backup: see the message</source>
        <translation>Chưa sao lưu được: xem thông báo</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>Đã sao lưu lúc %1</translation>
    </message>
    <message>
        <source>second place not reached</source>
        <translation>không ghi được vào nơi lưu thứ hai</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>gần nhất</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>theo ngày</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>theo tuần</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>theo tháng</translation>
    </message>
    <message>
        <source>A USB stick or a synced folder (optional)</source>
        <translation>USB hoặc thư mục đồng bộ (không bắt buộc)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Encrypt the copies to this installation&apos;s key</source>
        <translation>Mã hoá các bản sao lưu bằng khoá của bản cài đặt này</translation>
    </message>
    <message>
        <source>Copies are taken at start, every 30 minutes of work and at close, into %1. An encrypted copy is of no use to whoever finds it, and can be restored only with this installation&apos;s key (keys/installation.key in the data folder): keep a copy of that file.</source>
        <translation>Bản sao lưu được tạo khi mở, sau mỗi 30 phút làm việc và khi đóng, vào %1. Bản sao lưu đã mã hoá vô dụng với người nhặt được, và chỉ khôi phục được bằng khoá của bản cài đặt này (keys/installation.key trong thư mục dữ liệu): hãy giữ một bản của tệp đó.</translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation>Số bản giữ lại</translation>
    </message>
    <message>
        <source>Second place for the day&apos;s copy</source>
        <translation>Nơi lưu thứ hai cho bản trong ngày</translation>
    </message>
    <message>
        <source>Second place</source>
        <translation>Nơi lưu thứ hai</translation>
    </message>
</context>
<context>
    <name>BalanceBarsView</name>
    <message>
        <source>Whole plant</source>
        <extracomment>Put before the name and the closure of a group that holds a flagged reading. the text beside each group, in the order of ``groups``</extracomment>
        <translation>Toàn nhà máy</translation>
    </message>
    <message>
        <source>Water balance by step, %1 per year</source>
        <translation>Cân bằng nước theo công đoạn, %1/năm</translation>
    </message>
    <message>
        <source>Energy balance by step, %1 per year</source>
        <translation>Cân bằng năng lượng theo công đoạn, %1/năm</translation>
    </message>
    <message>
        <source>Inputs, measured</source>
        <translation>Vào, đo được</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Inputs, reconciled</source>
        <translation>Vào, đã hiệu chỉnh</translation>
    </message>
    <message>
        <source>Outputs, measured</source>
        <translation>Ra, đo được</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ra</translation>
    </message>
    <message>
        <source>Outputs, reconciled</source>
        <translation>Ra, đã hiệu chỉnh</translation>
    </message>
    <message>
        <source>Unaccounted</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>no inputs measured</source>
        <translation>chưa đo dòng vào</translation>
    </message>
    <message>
        <source>no outputs in this balance</source>
        <translation>không có dòng ra trong cân bằng này</translation>
    </message>
    <message>
        <source>outputs not measured</source>
        <translation>chưa đo dòng ra</translation>
    </message>
    <message>
        <source>unaccounted %1 %</source>
        <translation>chênh lệch %1 %</translation>
    </message>
    <message>
        <source>inputs %1, outputs %2, unaccounted %3</source>
        <translation>vào %1, ra %2, chênh lệch %3</translation>
    </message>
    <message>
        <source>reconciled: inputs %1, outputs %2</source>
        <translation>đã hiệu chỉnh: vào %1, ra %2</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>chưa đo: %1</translation>
    </message>
    <message>
        <source>readings flagged as gross errors: %1</source>
        <translation>số đo bị đánh dấu sai số thô: %1</translation>
    </message>
</context>
<context>
    <name>BalanceTreeModel</name>
    <message>
        <source>Step / stream</source>
        <extracomment>The roles this model answers; a view asks each cell for more (decoration, check state, colours, size hint), which are answered before any lookup. Every figure may have changed, the rows have not: views repaint. The language of the reconciliation&apos;s terms (the catalogue&apos;s, as the report says them). The texts of a row&apos;s cells, by (parent&apos;s id, row): made once per balance shown.</extracomment>
        <translation>Công đoạn / dòng</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ra</translation>
    </message>
    <message>
        <source>Unaccounted</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Plant boundary</source>
        <translation>Ranh giới nhà máy</translation>
    </message>
    <message>
        <source>%1 unmeasured</source>
        <translation>%1 chưa đo</translation>
    </message>
    <message>
        <source>Reconciled: unaccounted %1 %</source>
        <translation>Sau hiệu chỉnh: chênh lệch %1 %</translation>
    </message>
    <message>
        <source>Flagged: the adjustment of this reading is too large to be chance (gross error test)</source>
        <translation>Bị đánh dấu: mức hiệu chỉnh số đo này quá lớn để là ngẫu nhiên (kiểm định sai số thô)</translation>
    </message>
    <message>
        <source>Suspected: serial elimination of gross errors drops this reading</source>
        <translation>Nghi sai: loại trừ tuần tự sai số thô loại số đo này</translation>
    </message>
    <message>
        <source>Unaccounted, %</source>
        <translation>Chênh lệch, %</translation>
    </message>
    <message>
        <source>Held at 0: the other readings would make this flow negative</source>
        <translation>Giữ ở 0: các số đo khác sẽ làm lưu lượng này âm</translation>
    </message>
</context>
<context>
    <name>BalancesSection</name>
    <message>
        <source>Water balance</source>
        <extracomment>The tables show a new balance (after an edit, a carrier change or a reconciliation).</extracomment>
        <translation>Cân bằng nước</translation>
    </message>
    <message>
        <source>Energy balance</source>
        <translation>Cân bằng năng lượng</translation>
    </message>
    <message>
        <source>Show reconciled values</source>
        <translation>Hiện giá trị đã hiệu chỉnh</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Hiệu chỉnh số liệu</translation>
    </message>
    <message>
        <source>Adjust the readings so that every step balances, and test them for gross errors (Ctrl+R)</source>
        <translation>Hiệu chỉnh số đo để mọi công đoạn cân bằng, và kiểm tra sai số thô (Ctrl+R)</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <source>Reading the flow chart and its readings…</source>
        <translation>Đang đọc sơ đồ quy trình và số đo…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Reconciling the balance</source>
        <translation>Hiệu chỉnh cân bằng</translation>
    </message>
    <message>
        <source>Reconciling the readings…</source>
        <translation>Đang hiệu chỉnh số đo…</translation>
    </message>
    <message>
        <source>The balance cannot be computed: %1</source>
        <translation>Không tính được cân bằng: %1</translation>
    </message>
    <message>
        <source>Task 5: every reading brought to a year through the operating hours, days, batches and production. Unaccounted, % is the share of what enters a step that is not found leaving it (0 % is a closed balance).</source>
        <translation>Nhiệm vụ 5: mọi số đo được quy về một năm theo số giờ, số ngày vận hành, số mẻ và sản lượng. Chênh lệch, % là phần lượng vào một công đoạn không tìm thấy ở đầu ra (0 % là cân bằng đủ).</translation>
    </message>
    <message>
        <source>No streams for this balance yet. The balance adds up the readings of the streams that enter and leave each step: add the streams and record their readings.</source>
        <translation>Cân bằng này chưa có dòng nào. Cân bằng cộng các số đo của những dòng vào và ra mỗi công đoạn: hãy thêm các dòng và nhập số đo của chúng.</translation>
    </message>
    <message>
        <source>Add a stream</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Nothing to balance yet. The balance adds up the readings of the streams that enter and leave each process step: list the steps first.</source>
        <translation>Chưa có gì để lập cân bằng. Cân bằng cộng các số đo của những dòng vào và ra mỗi công đoạn sản xuất: trước hết hãy liệt kê các công đoạn.</translation>
    </message>
    <message>
        <source>Add a process step</source>
        <translation>Thêm công đoạn</translation>
    </message>
    <message>
        <source>Plant: in %1, out %2, unaccounted %3 %4 per year (%5 % of the inputs).</source>
        <translation>Toàn nhà máy: vào %1, ra %2, chênh lệch %3 %4 mỗi năm (%5 % lượng vào).</translation>
    </message>
    <message>
        <source>Plant: in %1, out %2, unaccounted %3 %4 per year.</source>
        <translation>Toàn nhà máy: vào %1, ra %2, chênh lệch %3 %4 mỗi năm.</translation>
    </message>
    <message>
        <source>Unmeasured streams: %1.</source>
        <translation>Dòng chưa đo: %1.</translation>
    </message>
    <message>
        <source>Specific consumption: %1 %2/%3.</source>
        <translation>Suất tiêu hao: %1 %2/%3.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Reconciliation: χ² = %1 with %2 degrees of freedom, p = %3: %4.</source>
        <translation>Hiệu chỉnh: χ² = %1 với %2 bậc tự do, p = %3: %4.</translation>
    </message>
    <message>
        <source>Most likely wrong: %1.</source>
        <translation>Số đo nhiều khả năng sai nhất: %1.</translation>
    </message>
    <message>
        <source>Factor set: %1.</source>
        <translation>Bộ hệ số: %1.</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>still fails</source>
        <translation>vẫn không đạt</translation>
    </message>
    <message>
        <source>Suspected by serial elimination of gross errors: %1; without them the test %2.</source>
        <translation>Nghi sai theo loại trừ tuần tự sai số thô: %1; khi bỏ các số đo này, kiểm định %2.</translation>
    </message>
    <message>
        <source>Held at 0 (the other readings would make them negative): %1.</source>
        <translation>Giữ ở 0 (các số đo khác sẽ làm lưu lượng âm): %1.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Options proposed</source>
        <translation>Giải pháp đề xuất</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Investment, USD</source>
        <translation>Vốn đầu tư, USD</translation>
    </message>
    <message>
        <source>Savings, USD/yr</source>
        <translation>Tiết kiệm, USD/năm</translation>
    </message>
    <message>
        <source>CO₂ avoided, t/yr</source>
        <translation>CO₂ giảm, t/năm</translation>
    </message>
</context>
<context>
    <name>CalculationFollower</name>
    <message>
        <source>The assessment&apos;s figures no longer match %1 calculation(s); they are recalculated after your next edit.</source>
        <extracomment>the selected option&apos;s calculation, in one line the last recalculations, said until the assessment is closed</extracomment>
        <translation>Số liệu của đánh giá không còn khớp với %1 phép tính; chúng sẽ được tính lại sau lần sửa tiếp theo của bạn.</translation>
    </message>
    <message>
        <source>Recalculate savings</source>
        <translation>Tính lại tiết kiệm</translation>
    </message>
    <message>
        <source>Savings typed. “Calculate saving…” works them out from the plant&apos;s figures.</source>
        <translation>Tiết kiệm được nhập tay. “Tính tiết kiệm…” tính chúng từ số liệu của nhà máy.</translation>
    </message>
    <message>
        <source>Savings calculated: %1, on %2.</source>
        <translation>Tiết kiệm được tính: %1, ngày %2.</translation>
    </message>
    <message>
        <source>Savings typed over the calculation (%1, on %2).</source>
        <translation>Tiết kiệm được nhập tay đè lên phép tính (%1, ngày %2).</translation>
    </message>
    <message>
        <source>The assessment no longer has the figure for %1: the result is the last one computed.</source>
        <translation>Đánh giá không còn số liệu cho %1: kết quả là lần tính gần nhất.</translation>
    </message>
    <message>
        <source>Select the option first.</source>
        <translation>Hãy chọn giải pháp trước.</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <source>typed</source>
        <extracomment>The units offered for an input, by the unit its calculation takes (any other may be typed).</extracomment>
        <translation>nhập tay</translation>
    </message>
    <message>
        <source>Calculate saving: %1</source>
        <translation>Tính tiết kiệm: %1</translation>
    </message>
    <message>
        <source>Use this result</source>
        <extracomment>typed, or a waste stream&apos;s value lost per unit of the saving (offered per its unit)</extracomment>
        <translation>Dùng kết quả này</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Công cụ tính</translation>
    </message>
    <message>
        <source>Boiler fuel</source>
        <translation>Nhiên liệu lò hơi</translation>
    </message>
    <message>
        <source>Price of the saving</source>
        <translation>Đơn giá của phần tiết kiệm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Saves: %1</source>
        <translation>Tiết kiệm: %1</translation>
    </message>
    <message>
        <source>Annual savings: %1</source>
        <translation>Tiết kiệm hàng năm: %1</translation>
    </message>
    <message>
        <source>Calculate saving of %1</source>
        <translation>Tính tiết kiệm của %1</translation>
    </message>
</context>
<context>
    <name>CalculatorPlot</name>
    <message>
        <source>Heat loss against insulation thickness</source>
        <extracomment>Insulation thicknesses drawn (mm). Flows drawn, as shares of the design flow. The most readings of a logged series drawn (every n-th beyond). The colour of each state of a compressor.</extracomment>
        <translation>Tổn thất nhiệt theo chiều dày bảo ôn</translation>
    </message>
    <message>
        <source>Thickness, mm</source>
        <translation>Chiều dày, mm</translation>
    </message>
    <message>
        <source>Heat loss, W/m</source>
        <translation>Tổn thất nhiệt, W/m</translation>
    </message>
    <message>
        <source>Heat loss</source>
        <translation>Tổn thất nhiệt</translation>
    </message>
    <message>
        <source>This thickness</source>
        <translation>Chiều dày này</translation>
    </message>
    <message>
        <source>Pump and system curves</source>
        <translation>Đường đặc tính bơm và hệ thống</translation>
    </message>
    <message>
        <source>Flow, % of design</source>
        <translation>Lưu lượng, % thiết kế</translation>
    </message>
    <message>
        <source>Head, m</source>
        <translation>Cột áp, m</translation>
    </message>
    <message>
        <source>Pump, full speed</source>
        <translation>Bơm, tốc độ định mức</translation>
    </message>
    <message>
        <source>Pump with the drive, %1 % speed</source>
        <translation>Bơm có biến tần, %1 % tốc độ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Có tải</translation>
    </message>
    <message>
        <source>Unloaded</source>
        <translation>Không tải</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Compressor power by state</source>
        <translation>Công suất máy nén theo trạng thái</translation>
    </message>
    <message>
        <source>Time, h</source>
        <translation>Thời gian, h</translation>
    </message>
    <message>
        <source>Power, kW</source>
        <translation>Công suất, kW</translation>
    </message>
</context>
<context>
    <name>CauseModel</name>
    <message>
        <source>Waste stream</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
</context>
<context>
    <name>CentreWindows</name>
    <message>
        <source>Training &amp;records…</source>
        <translation>&amp;Hồ sơ đào tạo…</translation>
    </message>
    <message>
        <source>The centre&apos;s &amp;year…</source>
        <translation>Số liệu &amp;năm của trung tâm…</translation>
    </message>
    <message>
        <source>The centre&apos;s &amp;indicators…</source>
        <translation>&amp;Chỉ số của trung tâm…</translation>
    </message>
</context>
<context>
    <name>CentreYearDialog</name>
    <message>
        <source>The centre&apos;s year</source>
        <translation>Số liệu năm của trung tâm</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Print PDF page…</source>
        <translation>&amp;In trang PDF…</translation>
    </message>
    <message>
        <source>The year&apos;s figures on one page, as a PDF file</source>
        <translation>Số liệu của năm trên một trang, thành tệp PDF</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>Khoá đào tạo</translation>
    </message>
    <message>
        <source>Person-days of training</source>
        <translation>Người-ngày đào tạo</translation>
    </message>
    <message>
        <source>Workshops and awareness seminars</source>
        <translation>Hội thảo và toạ đàm nâng cao nhận thức</translation>
    </message>
    <message>
        <source>Person-days of workshops</source>
        <translation>Người-ngày hội thảo</translation>
    </message>
    <message>
        <source>Trainees certified since the start</source>
        <translation>Học viên được cấp chứng chỉ (luỹ kế)</translation>
    </message>
    <message>
        <source>In-depth programme person-days since the start</source>
        <translation>Người-ngày đào tạo chuyên sâu theo ngành (luỹ kế)</translation>
    </message>
    <message>
        <source>Awareness seminar participants since the start</source>
        <translation>Người dự toạ đàm nâng cao nhận thức (luỹ kế)</translation>
    </message>
    <message>
        <source>CP assessments completed</source>
        <translation>Đánh giá SXSH đã hoàn thành</translation>
    </message>
    <message>
        <source>CP assessments converted to full assessments</source>
        <translation>Đánh giá SXSH quy đổi</translation>
    </message>
    <message>
        <source>The scope weights of the assessments completed in %1 added up: a full assessment counts 1, a follow-up visit or a short assessment a fraction of one (its weight, entered by the centre).</source>
        <translation>Tổng hệ số quy đổi của các đánh giá hoàn thành trong năm %1: một đánh giá đầy đủ tính là 1, một lần theo dõi kết quả hoặc một đánh giá ngắn tính là một phần của 1 (hệ số do Trung tâm nhập).</translation>
    </message>
    <message>
        <source>Courses of the year</source>
        <translation>Các khoá đào tạo trong năm</translation>
    </message>
    <message>
        <source>Type a year such as 2004.</source>
        <translation>Hãy gõ một năm, ví dụ 2004.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 person-days)</source>
        <translation>%1: %2 (%3 người-ngày)</translation>
    </message>
    <message>
        <source>Courses with a session in %1 (a course without sessions counts in the year it starts).</source>
        <translation>Các khoá có buổi học trong năm %1 (khoá chưa có buổi học nào được tính vào năm bắt đầu).</translation>
    </message>
    <message>
        <source>Counted from %1.</source>
        <translation>Tính theo %1.</translation>
    </message>
    <message>
        <source>Attendance: %1; head count × days: %2.</source>
        <translation>Theo điểm danh: %1; theo sĩ số × số ngày: %2.</translation>
    </message>
    <message>
        <source>%1 sessions have no participants recorded and count zero.</source>
        <translation>%1 buổi học chưa ghi người tham gia nên được tính bằng 0.</translation>
    </message>
    <message>
        <source>Since the start: %1 person-days.</source>
        <translation>Luỹ kế: %1 người-ngày.</translation>
    </message>
    <message>
        <source>%1 workshops and %2 awareness seminars (%3 participants in the seminars).</source>
        <translation>%1 hội thảo và %2 toạ đàm nâng cao nhận thức (%3 người dự toạ đàm).</translation>
    </message>
    <message>
        <source>Days × participants of each workshop and seminar, added up (%1 participants).</source>
        <translation>Cộng số ngày × số người tham gia của từng hội thảo và toạ đàm (%1 người tham gia).</translation>
    </message>
    <message>
        <source>Different people holding a certificate issued by 31 December %1, %3 of them consultants; %2 certified in %1.</source>
        <translation>Số người khác nhau có chứng chỉ cấp đến ngày 31/12/%1, trong đó %3 người là tư vấn; %2 người được cấp trong năm %1.</translation>
    </message>
    <message>
        <source>Sessions of the in-depth sector programmes held by 31 December %1; %2 person-days in %1.</source>
        <translation>Các buổi học của chương trình đào tạo chuyên sâu theo ngành đến ngày 31/12/%1; %2 người-ngày trong năm %1.</translation>
    </message>
    <message>
        <source>Participants of the awareness seminars held by 31 December %1; %2 in %1.</source>
        <translation>Người dự các toạ đàm nâng cao nhận thức đến ngày 31/12/%1; %2 người trong năm %1.</translation>
    </message>
    <message>
        <source>Assessments whose end date falls in %1 (trainees&apos; copies of practical modules left out).</source>
        <translation>Các đánh giá có ngày kết thúc trong năm %1 (không tính bản sao mô-đun thực hành của học viên).</translation>
    </message>
    <message>
        <source>Figures read from the training records; courses and workshops are entered in Training records.</source>
        <translation>Số liệu lấy từ hồ sơ đào tạo; khoá đào tạo và hội thảo được nhập trong Hồ sơ đào tạo.</translation>
    </message>
    <message>
        <source>Print PDF page</source>
        <translation>In trang PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF page written: %1</source>
        <translation>Đã ghi trang PDF: %1</translation>
    </message>
    <message>
        <source>Building the page…</source>
        <translation>Đang dựng trang…</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing written</source>
        <translation>Đã huỷ in; không ghi tệp nào</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>Participant</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Số chứng chỉ</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhileDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Người khác đã sửa</translation>
    </message>
    <message>
        <source>Mine (not saved)</source>
        <translation>Của tôi (chưa lưu)</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (đã lưu)</translation>
    </message>
    <message>
        <source>Reload: show theirs</source>
        <translation>Tải lại: xem bản của họ</translation>
    </message>
    <message>
        <source>“Undo %1” was not carried out: it would write over their change. Show their version (the step leaves the undo list), undo anyway, or choose field by field.</source>
        <translation>Chưa thực hiện “Hoàn tác %1”: việc đó sẽ ghi đè lên thay đổi của họ. Xem bản của họ (bước này rời khỏi danh sách hoàn tác), vẫn hoàn tác, hoặc chọn từng trường.</translation>
    </message>
    <message>
        <source>“Redo %1” was not carried out: it would write over their change. Show their version (the step leaves the redo list), redo anyway, or choose field by field.</source>
        <translation>Chưa thực hiện “Làm lại %1”: việc đó sẽ ghi đè lên thay đổi của họ. Xem bản của họ (bước này rời khỏi danh sách làm lại), vẫn làm lại, hoặc chọn từng trường.</translation>
    </message>
    <message>
        <source>Your edit (%1) was not saved. Show their version, save yours anyway, or choose field by field.</source>
        <translation>Chỉnh sửa của bạn (%1) chưa được lưu. Xem bản của họ, vẫn lưu bản của bạn, hoặc chọn từng trường.</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Vẫn hoàn tác</translation>
    </message>
    <message>
        <source>Redo anyway</source>
        <translation>Vẫn làm lại</translation>
    </message>
    <message>
        <source>Apply mine anyway</source>
        <translation>Vẫn lưu bản của tôi</translation>
    </message>
    <message>
        <source>the imported version</source>
        <translation>bản được nhập vào</translation>
    </message>
</context>
<context>
    <name>CompanyModel</name>
    <message>
        <source>Company</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Đánh giá</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <extracomment>The user wants a new assessment of this company (its id).</extracomment>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Đánh giá mới…</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Practical module: results compared</source>
        <translation>Mô-đun thực hành: so sánh kết quả</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Print to PDF…</source>
        <translation>In ra PDF…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>%1 (reference: %2)</source>
        <translation>%1 (bài mẫu: %2)</translation>
    </message>
    <message>
        <source>%1: %2 figures differ</source>
        <translation>%1: %2 số liệu khác bài mẫu</translation>
    </message>
    <message>
        <source>%1: 1 figure differs</source>
        <translation>%1: 1 số liệu khác bài mẫu</translation>
    </message>
    <message>
        <source>(results not returned yet)</source>
        <translation>(chưa nộp kết quả)</translation>
    </message>
    <message>
        <source>Print comparison to PDF</source>
        <translation>In bảng so sánh ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <extracomment>A conflict was resolved (its :class:`~cpdesk.services.sync.conflicts.ConflictRow`).</extracomment>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Show resolved ones too</source>
        <translation>Hiện cả các xung đột đã xử lý</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>This database (mine)</source>
        <extracomment>Background of the version the record shows now.</extracomment>
        <translation>Cơ sở dữ liệu này (của tôi)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Của bên kia</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <source>A resolution is saved at once and sent to the other side with the next export, where it settles this conflict too. It cannot be undone with Ctrl+Z; edit the record to change it again.</source>
        <translation>Cách xử lý được lưu ngay và gửi sang bên kia trong lần xuất dữ liệu tiếp theo, để xung đột này cũng được giải quyết ở đó. Không thể hoàn tác bằng Ctrl+Z; muốn đổi lại, hãy sửa bản ghi.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Giữ bản của bên kia</translation>
    </message>
    <message>
        <source>Keep the chosen fields</source>
        <translation>Giữ các trường đã chọn</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n xung đột chưa xử lý</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Không có xung đột nào chưa xử lý.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa xử lý</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>đã giữ bản của tôi</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>đã giữ bản của bên kia</translation>
    </message>
    <message>
        <source>fields chosen</source>
        <translation>đã chọn theo trường</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Không có gì cần xử lý.</translation>
    </message>
    <message>
        <source>%1 (theirs)</source>
        <translation>%1 (bên kia)</translation>
    </message>
    <message>
        <source>this database&apos;s version</source>
        <translation>bản của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>the version of %1</source>
        <translation>bản của %1</translation>
    </message>
    <message>
        <source>The record now shows %1 (shaded).</source>
        <translation>Bản ghi hiện đang theo %1 (tô nền).</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xoá</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>của tôi</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>của bên kia</translation>
    </message>
    <message>
        <source>Resolved (%1): %2.</source>
        <translation>Đã xử lý (%1): %2.</translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Thay đổi cuối</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Dung lượng (MB)</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Mã hoá</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>khi mở</translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation>định kỳ 30 phút</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>khi đóng</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
</context>
<context>
    <name>CostSavingsView</name>
    <message>
        <source>payback %1 yr</source>
        <extracomment>bubble diameter (pixels) by option code where each option is drawn: (x on the log axis, savings in the drawn unit)</extracomment>
        <translation>hoàn vốn %1 năm</translation>
    </message>
    <message>
        <source>Investment, %1 (logarithmic)</source>
        <translation>Vốn đầu tư, %1 (thang logarit)</translation>
    </message>
    <message>
        <source>Annual savings, %1</source>
        <translation>Tiết kiệm hàng năm, %1</translation>
    </message>
    <message>
        <source>Investment and annual savings (bubble area: CO2 avoided)</source>
        <translation>Vốn đầu tư và tiết kiệm hàng năm (diện tích bong bóng: CO2 giảm được)</translation>
    </message>
</context>
<context>
    <name>CourseModel</name>
    <message>
        <source>(all sectors)</source>
        <translation>(mọi ngành)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Người-ngày</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Tính theo</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Chứng chỉ</translation>
    </message>
</context>
<context>
    <name>CourseYearModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khoá đào tạo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Người-ngày</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Tính theo</translation>
    </message>
</context>
<context>
    <name>DeletedItemsDialog</name>
    <message>
        <source>Deleted items</source>
        <extracomment>An assessment is back (its id).</extracomment>
        <translation>Mục đã xoá</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Đưa trở lại</translation>
    </message>
    <message>
        <source>A deleted assessment comes back with everything its deletion took; Ctrl+Z deletes it again. An assessment deleted before the last backups can also be restored from a copy (File &gt; Restore from backup).</source>
        <translation>Đánh giá đã xoá được đưa trở lại cùng mọi thứ bị xoá theo nó; Ctrl+Z lại xoá nó. Đánh giá đã xoá trước các lần sao lưu gần đây cũng khôi phục được từ bản sao lưu (Tệp &gt; Khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>đã xoá %1</translation>
    </message>
    <message>
        <source>No deleted assessments.</source>
        <translation>Không có đánh giá nào đã xoá.</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>Đưa trở lại %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This record no longer exists (it was deleted).</source>
        <translation>Bản ghi này không còn nữa (đã bị xoá).</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
    </message>
    <message>
        <source>cpdesk</source>
        <translation>cpdesk</translation>
    </message>
    <message>
        <source>Your data is saved. The details are in the log file.</source>
        <translation>Dữ liệu của bạn đã được lưu. Chi tiết có trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>EvidenceCard</name>
    <message>
        <source>Q1, median and Q3 are the first quartile, the median and the third quartile of the cases&apos; figures; n is how many figures there are. Monitored ÷ estimated: 0.8 means the plants saved a fifth less than estimated. Share of use: the saving in per cent of the plant&apos;s annual use of that carrier, from a year of its bills or meter readings before the option.</source>
        <extracomment>The cases behind the figures were asked for.</extracomment>
        <translation>Q1, trung vị và Q3 là tứ phân vị thứ nhất, trung vị và tứ phân vị thứ ba của số liệu các trường hợp; n là số lượng số liệu. Giám sát ÷ ước tính: 0,8 nghĩa là doanh nghiệp tiết kiệm ít hơn ước tính một phần năm. Tỷ lệ sử dụng: phần tiết kiệm tính theo phần trăm lượng sử dụng năm của doanh nghiệp đối với dạng năng lượng/tài nguyên đó, từ một năm hóa đơn hoặc chỉ số công tơ trước khi thực hiện giải pháp.</translation>
    </message>
    <message>
        <source>Cases behind these figures…</source>
        <translation>Các trường hợp sau số liệu…</translation>
    </message>
    <message>
        <source>List the cases behind these figures: company, assessment, option and saving. Double-click one to open it. Only the centre&apos;s installation holds them.</source>
        <translation>Liệt kê các trường hợp sau số liệu: doanh nghiệp, đánh giá, giải pháp và tiết kiệm. Nhấp đúp để mở một trường hợp. Chỉ bản cài đặt của trung tâm lưu giữ chúng.</translation>
    </message>
    <message>
        <source>The cases behind the figures stay at the centre: this installation receives the aggregates only, without company names. The centre&apos;s own installation lists them.</source>
        <translation>Các trường hợp sau số liệu được giữ tại trung tâm: bản cài đặt này chỉ nhận số liệu tổng hợp, không có tên doanh nghiệp. Bản cài đặt của trung tâm liệt kê chúng.</translation>
    </message>
    <message>
        <source>No case of this type yet.</source>
        <translation>Chưa có trường hợp nào của loại này.</translation>
    </message>
    <message>
        <source>Past cases in the %1 sector</source>
        <translation>Các trường hợp đã có trong ngành %1</translation>
    </message>
    <message>
        <source>Past cases in every sector (too few companies in the %1 sector)</source>
        <translation>Các trường hợp đã có trong mọi ngành (ngành %1 có quá ít doanh nghiệp)</translation>
    </message>
    <message>
        <source>Past cases in every sector</source>
        <translation>Các trường hợp đã có trong mọi ngành</translation>
    </message>
    <message>
        <source>Few cases: fewer than 3 companies, so no figure is shown.</source>
        <translation>Ít trường hợp: dưới 3 doanh nghiệp, nên không hiển thị số liệu nào.</translation>
    </message>
    <message>
        <source>%1 cases of %2 companies, %3 % implemented.</source>
        <translation>%1 trường hợp của %2 doanh nghiệp, %3 % đã thực hiện.</translation>
    </message>
    <message>
        <source>%1 cases in VND without an exchange rate are left out of the USD figures.</source>
        <translation>%1 trường hợp bằng VND không có tỷ giá được loại khỏi số liệu USD.</translation>
    </message>
    <message>
        <source>Investment, USD</source>
        <translation>Vốn đầu tư, USD</translation>
    </message>
    <message>
        <source>Savings per year, USD</source>
        <translation>Tiết kiệm/năm, USD</translation>
    </message>
    <message>
        <source>Payback, years</source>
        <translation>Hoàn vốn, năm</translation>
    </message>
    <message>
        <source>Monitored ÷ estimated saving</source>
        <translation>Tiết kiệm giám sát ÷ ước tính</translation>
    </message>
    <message>
        <source>Saving, % of the plant&apos;s annual use</source>
        <translation>Tiết kiệm, % lượng sử dụng năm của doanh nghiệp</translation>
    </message>
    <message>
        <source>After implementation</source>
        <translation>Sau khi thực hiện</translation>
    </message>
    <message>
        <source>Not counted: the centre&apos;s pack was built before monitored and verified savings were.</source>
        <translation>Chưa đếm: gói dữ liệu của trung tâm được lập trước khi đếm tiết kiệm giám sát và kiểm chứng.</translation>
    </message>
    <message>
        <source>%1 monitored (task 16), %2 verified by measurement.</source>
        <translation>%1 có số liệu giám sát (nhiệm vụ 16), %2 đã kiểm chứng bằng đo đạc.</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>median</source>
        <translation>trung vị</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <extracomment>The export finished (the :class:`~cpdesk.services.sync.importing.ExportResult`).</extracomment>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>What changed since the last export to this recipient</source>
        <translation>Những gì thay đổi từ lần xuất trước cho nơi nhận này</translation>
    </message>
    <message>
        <source>Everything in this database</source>
        <translation>Toàn bộ cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Lưu thành:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Gửi cho:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Mã hoá:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Gồm:</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Nobody in particular (no centre key known yet)</source>
        <translation>Không gửi riêng ai (chưa biết khoá của trung tâm)</translation>
    </message>
    <message>
        <source>The centre: %1</source>
        <translation>Trung tâm: %1</translation>
    </message>
    <message>
        <source>Nobody in particular (not encrypted)</source>
        <translation>Không gửi riêng ai (không mã hoá)</translation>
    </message>
    <message>
        <source>cpdesk bundles (*.cpdx)</source>
        <translation>Gói dữ liệu cpdesk (*.cpdx)</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>Đang đếm bản ghi…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>%1 records of %2 kinds will be written.</source>
        <translation>Sẽ ghi %1 bản ghi thuộc %2 loại.</translation>
    </message>
    <message>
        <source>Nothing changed since the last export to this recipient.</source>
        <translation>Không có gì thay đổi từ lần xuất trước cho nơi nhận này.</translation>
    </message>
    <message>
        <source>This database holds no records to export.</source>
        <translation>Cơ sở dữ liệu này không có bản ghi nào để xuất.</translation>
    </message>
    <message>
        <source>Encrypted to %1, key %2: only they can open it.</source>
        <translation>Mã hoá cho %1, khoá %2: chỉ nơi nhận mở được.</translation>
    </message>
    <message>
        <source>No recipient chosen.</source>
        <translation>Chưa chọn nơi nhận.</translation>
    </message>
    <message>
        <source>No centre key is known here yet: import the centre&apos;s reference-data pack first.</source>
        <translation>Máy này chưa biết khoá của trung tâm: hãy nhập gói dữ liệu tham chiếu của trung tâm trước.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Không mã hoá.</translation>
    </message>
    <message>
        <source>The bundle is signed, but anybody who gets the file can read it.</source>
        <translation>Gói được ký, nhưng ai có tệp cũng đọc được.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Hãy chọn nơi lưu gói dữ liệu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (was the USB stick removed?).</source>
        <translation>Thư mục %1 không tồn tại (USB đã bị rút ra?).</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 đã có. Ghi đè?</translation>
    </message>
    <message>
        <source>Writing, encrypting and reading back the bundle…</source>
        <translation>Đang ghi, mã hoá và đọc lại gói dữ liệu…</translation>
    </message>
    <message>
        <source>Written: %1 (%2, bundle #%3).</source>
        <translation>Đã ghi: %1 (%2, gói số %3).</translation>
    </message>
    <message>
        <source>Read back from the disk and compared: all %1 bytes match (SHA-256 %2…).</source>
        <translation>Đã đọc lại từ đĩa và so sánh: cả %1 byte đều khớp (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Read back from the disk and compared: all %1 bytes match (every chunk&apos;s tag checked).</source>
        <translation>Đã đọc lại từ đĩa và so sánh: cả %1 byte đều khớp (đã kiểm tra mã xác thực của từng khối).</translation>
    </message>
    <message>
        <source>Encrypted to %1.</source>
        <translation>Mã hoá cho %1.</translation>
    </message>
    <message>
        <source>Signed, not encrypted.</source>
        <translation>Đã ký, không mã hoá.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Xuất dữ liệu thất bại: %1</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Đã huỷ xuất dữ liệu: không ghi gì.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation>(bản ghi đã xoá)</translation>
    </message>
    <message>
        <source>%1 (deleted record)</source>
        <translation>%1 (bản ghi đã xoá)</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>Flow chart</source>
        <extracomment>Show refused edits in a message box too (a window that shows ``failed`` itself turns this off).</extracomment>
        <translation>Sơ đồ quy trình</translation>
    </message>
    <message>
        <source>Add step %s</source>
        <translation>Thêm công đoạn %s</translation>
    </message>
    <message>
        <source>Add stream %s</source>
        <translation>Thêm dòng %s</translation>
    </message>
    <message>
        <source>Delete from the flow chart</source>
        <translation>Xoá khỏi sơ đồ quy trình</translation>
    </message>
    <message>
        <source>Arrange the flow chart</source>
        <translation>Sắp xếp sơ đồ quy trình</translation>
    </message>
    <message>
        <source>Move steps</source>
        <translation>Di chuyển công đoạn</translation>
    </message>
    <message>
        <source>Edit step %s</source>
        <extracomment>The smallest zoom at which a new box&apos;s name is typed: its text at a readable size. Room kept free around a new box.</extracomment>
        <translation>Sửa công đoạn %s</translation>
    </message>
    <message>
        <source>Edit stream %s</source>
        <translation>Sửa dòng %s</translation>
    </message>
</context>
<context>
    <name>FlowChartSection</name>
    <message>
        <source>Add step</source>
        <extracomment>The chart follows the editor&apos;s changes itself (see FlowChartView); the section only reloads it when the change is not known in detail.</extracomment>
        <translation>Thêm công đoạn</translation>
    </message>
    <message>
        <source>A new process step below the chart; double-click it to rename</source>
        <translation>Công đoạn mới bên dưới sơ đồ; nháy đúp để đổi tên</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Sắp xếp</translation>
    </message>
    <message>
        <source>Lay the chart out automatically, left to right</source>
        <translation>Tự động sắp xếp sơ đồ từ trái sang phải</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Show the whole chart</source>
        <translation>Hiện toàn bộ sơ đồ</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Phóng to (Ctrl+con lăn)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Thu nhỏ (Ctrl+con lăn)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Xuất PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Xuất SVG…</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Lưu biểu đồ thành hình vẽ SVG</translation>
    </message>
    <message>
        <source>Task 4: drag from one step to another to draw a stream, from a step to empty space for a stream across the plant boundary; double-click to edit, Delete to remove.</source>
        <translation>Nhiệm vụ 4: kéo từ một công đoạn sang công đoạn khác để vẽ dòng, từ một công đoạn ra chỗ trống để vẽ dòng qua ranh giới nhà máy; nháy đúp để sửa, phím Delete để xoá.</translation>
    </message>
    <message>
        <source>The flow chart is empty. Add the process steps as boxes, then draw the streams between them.</source>
        <translation>Sơ đồ quy trình sản xuất còn trống. Hãy thêm các công đoạn thành những ô, rồi vẽ các dòng giữa chúng.</translation>
    </message>
    <message>
        <source>Add the first step</source>
        <translation>Thêm công đoạn đầu tiên</translation>
    </message>
    <message>
        <source>Flow chart</source>
        <translation>Sơ đồ quy trình</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Công đoạn mới</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the flow chart</source>
        <translation>Xuất sơ đồ quy trình</translation>
    </message>
    <message>
        <source>Flow chart saved: %1</source>
        <translation>Đã lưu sơ đồ: %1</translation>
    </message>
    <message>
        <source>Step selected</source>
        <translation>Đã chọn công đoạn</translation>
    </message>
    <message>
        <source>Stream selected</source>
        <translation>Đã chọn dòng</translation>
    </message>
</context>
<context>
    <name>FlowChartView</name>
    <message>
        <source>plant boundary</source>
        <extracomment>Fit never draws smaller: 9-point names at 6.75 points. A wider chart scrolls instead. Steps placed by the automatic layout, not yet stored.</extracomment>
        <translation>ranh giới nhà máy</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Sửa công đoạn…</translation>
    </message>
    <message>
        <source>Edit stream…</source>
        <translation>Sửa dòng…</translation>
    </message>
    <message>
        <source>Add process step here…</source>
        <translation>Thêm công đoạn tại đây…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Tự động sắp xếp</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Vừa cửa sổ</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Xuất thành PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Xuất thành SVG…</translation>
    </message>
    <message>
        <source>Process flow chart</source>
        <translation>Sơ đồ quy trình sản xuất</translation>
    </message>
    <message>
        <source>Export the flow chart</source>
        <translation>Xuất sơ đồ quy trình</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>GuidedView</name>
    <message>
        <source>Go to the screen</source>
        <extracomment>Where a finding&apos;s record is edited, by entity (options after task 13: implementation). Open the workspace section where the current task is done. Open a record: (section key, entity, record id).</extracomment>
        <translation>Mở màn hình</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Phiếu công việc</translation>
    </message>
    <message>
        <source>Done: marked done and every check passes.</source>
        <translation>Xong: đã đánh dấu xong và mọi phép kiểm tra đều đạt.</translation>
    </message>
    <message>
        <source>Marked done, but a check fails: it does not count as done yet.</source>
        <translation>Đã đánh dấu xong nhưng có phép kiểm tra chưa đạt: chưa được tính là xong.</translation>
    </message>
    <message>
        <source>To do: complete what is missing below, then mark the task done.</source>
        <translation>Cần làm: bổ sung những gì còn thiếu dưới đây, rồi đánh dấu nhiệm vụ đã xong.</translation>
    </message>
    <message>
        <source>Nothing is missing: check the warnings below, then mark the task done.</source>
        <translation>Không thiếu gì: xem các cảnh báo dưới đây, rồi đánh dấu nhiệm vụ đã xong.</translation>
    </message>
    <message>
        <source>Click to open the record.</source>
        <translation>Nháy chuột để mở bản ghi.</translation>
    </message>
    <message>
        <source>No finding: every check of this task passes.</source>
        <translation>Không có vấn đề: mọi phép kiểm tra của nhiệm vụ này đều đạt.</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>Mở lại nhiệm vụ</translation>
    </message>
    <message>
        <source>The task cannot be marked done yet:</source>
        <translation>Chưa thể đánh dấu nhiệm vụ đã xong:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ giú&amp;p</translation>
    </message>
    <message>
        <source>This window&apos;s page of the user guide (F1)</source>
        <translation>Trang hướng dẫn sử dụng về cửa sổ này (F1)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Programmes</source>
        <extracomment>Companies listed on the page at most: the ones changed last.</extracomment>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Cleaner Production assessments in this database</source>
        <translation>Các đánh giá sản xuất sạch hơn trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>The %1 companies changed last of %2. The navigator&apos;s search (on the left) finds any company.</source>
        <translation>%1 doanh nghiệp được sửa gần đây nhất trong tổng số %2. Ô tìm kiếm của Danh mục (bên trái) tìm được mọi doanh nghiệp.</translation>
    </message>
</context>
<context>
    <name>ImplementationModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <source>Savings estimated, %1/yr</source>
        <translation>Tiết kiệm ước tính, %1/năm</translation>
    </message>
    <message>
        <source>Savings monitored, %1/yr</source>
        <translation>Tiết kiệm theo dõi, %1/năm</translation>
    </message>
    <message>
        <source>Monitored vs estimated, %</source>
        <translation>Theo dõi so với ước tính, %</translation>
    </message>
</context>
<context>
    <name>ImplementationSection</name>
    <message>
        <source>Selected and implemented options</source>
        <translation>Giải pháp được chọn và đã thực hiện</translation>
    </message>
    <message>
        <source>Show every option</source>
        <translation>Hiện mọi giải pháp</translation>
    </message>
    <message>
        <source>Resources saved: estimated and monitored</source>
        <translation>Tài nguyên tiết kiệm: ước tính và theo dõi</translation>
    </message>
    <message>
        <source>Tasks 14 to 16: mark options implemented with their date, then record the savings measured afterwards beside the estimate.</source>
        <translation>Nhiệm vụ 14 đến 16: đánh dấu giải pháp đã thực hiện và ngày thực hiện, rồi ghi tiết kiệm đo được sau đó bên cạnh số ước tính.</translation>
    </message>
    <message>
        <source>Implementation and monitoring</source>
        <translation>Thực hiện và theo dõi</translation>
    </message>
    <message>
        <source>No option is selected for implementation yet. Set an option&apos;s status to selected once it is found feasible; it is then followed here.</source>
        <translation>Chưa có giải pháp nào được chọn để thực hiện. Khi một giải pháp được đánh giá là khả thi, hãy đặt trạng thái của nó là đã chọn; giải pháp đó sẽ được theo dõi tại đây.</translation>
    </message>
    <message>
        <source>No CP options yet. Options selected for implementation are followed here, with the savings measured afterwards.</source>
        <translation>Chưa có giải pháp SXSH nào. Các giải pháp được chọn để thực hiện được theo dõi tại đây, cùng mức tiết kiệm đo được sau đó.</translation>
    </message>
    <message>
        <source>Add the first option</source>
        <translation>Thêm giải pháp đầu tiên</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <extracomment>A bundle was imported (the :class:`~cpdesk.services.sync.importing.ImportReport`). The person wants to see the conflicts the import found.</extracomment>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>A .cpdx bundle or reference-data pack</source>
        <translation>Gói dữ liệu .cpdx hoặc gói dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Gói dữ liệu:</translation>
    </message>
    <message>
        <source>only for the centre&apos;s first reference-data pack</source>
        <translation>chỉ cần cho gói dữ liệu tham chiếu đầu tiên của trung tâm</translation>
    </message>
    <message>
        <source>The centre&apos;s fingerprint as the centre told it to you (on paper or by phone). It confirms the centre&apos;s key the first time; later packs are checked against it.</source>
        <translation>Dấu vân tay của trung tâm đúng như trung tâm báo cho bạn (trên giấy hoặc qua điện thoại). Lần đầu, nó xác nhận khoá của trung tâm; các gói sau được kiểm tra theo khoá đó.</translation>
    </message>
    <message>
        <source>Centre&apos;s fingerprint:</source>
        <translation>Dấu vân tay trung tâm:</translation>
    </message>
    <message>
        <source>Choose a bundle: it is checked before anything is written.</source>
        <translation>Hãy chọn gói dữ liệu: gói được kiểm tra trước khi ghi bất cứ gì.</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Show conflicts</source>
        <translation>Xem xung đột</translation>
    </message>
    <message>
        <source>cpdesk bundles (*.cpdx);;All files (*)</source>
        <translation>Gói dữ liệu cpdesk (*.cpdx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 cannot be found or is not a file.</source>
        <translation>Không tìm thấy %1 hoặc đó không phải là tệp.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói dữ liệu…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Đang nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Đã huỷ: không nhập gì.</translation>
    </message>
    <message>
        <source>If this is the centre&apos;s first reference-data pack, type the centre&apos;s fingerprint above, as the centre told it to you, and press Enter.</source>
        <translation>Nếu đây là gói dữ liệu tham chiếu đầu tiên của trung tâm, hãy gõ dấu vân tay của trung tâm vào ô trên, đúng như trung tâm báo cho bạn, rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Rejected: nothing was imported.</source>
        <translation>Bị từ chối: không nhập gì.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Already imported: nothing to do.</source>
        <translation>Đã nhập trước đây: không cần làm gì.</translation>
    </message>
    <message>
        <source>What the import would do (nothing is written until you press Import):</source>
        <translation>Việc nhập sẽ làm những gì (chưa ghi gì cho đến khi bạn nhấn Nhập):</translation>
    </message>
    <message>
        <source>Imported. What changed:</source>
        <translation>Đã nhập. Những gì thay đổi:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>%1 records were changed on both sides: both versions are kept; resolve them in Conflicts.</source>
        <translation>%1 bản ghi bị sửa ở cả hai bên: cả hai bản đều được giữ; hãy xử lý trong Xung đột.</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>trung tâm</translation>
    </message>
    <message>
        <source>the centre, confirmed by the fingerprint you typed</source>
        <translation>trung tâm, xác nhận bằng dấu vân tay bạn đã gõ</translation>
    </message>
    <message>
        <source>a trusted auditor</source>
        <translation>một chuyên gia đánh giá được tin cậy</translation>
    </message>
    <message>
        <source>this installation itself</source>
        <translation>chính bản cài đặt này</translation>
    </message>
    <message>
        <source>reference-data pack</source>
        <translation>gói dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>data bundle</source>
        <translation>gói dữ liệu</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>Đã xác minh %1.</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3.</source>
        <translation>Ký bởi %1 (%2), khoá %3.</translation>
    </message>
    <message>
        <source>Written by %1 on %2 UTC, bundle #%3 of its device.</source>
        <translation>Do %1 ghi lúc %2 UTC, gói số %3 của máy đó.</translation>
    </message>
    <message>
        <source>Format version %1, database schema %2.</source>
        <translation>Phiên bản định dạng %1, lược đồ cơ sở dữ liệu %2.</translation>
    </message>
    <message>
        <source>Converted from the older schema.</source>
        <translation>Đã chuyển đổi từ lược đồ cũ hơn.</translation>
    </message>
    <message>
        <source>All %1 files inside match their size and SHA-256; every record was checked.</source>
        <translation>Cả %1 tệp bên trong đều khớp kích thước và SHA-256; mọi bản ghi đã được kiểm tra.</translation>
    </message>
    <message>
        <source>Encrypted to this installation.</source>
        <translation>Mã hoá cho bản cài đặt này.</translation>
    </message>
    <message>
        <source>Not encrypted (signed only).</source>
        <translation>Không mã hoá (chỉ ký).</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>no values recorded yet</source>
        <translation>chưa ghi giá trị nào</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mục tiêu %1</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>The quantity&apos;s unit (%1), per unit of the normaliser</source>
        <translation>Đơn vị của đại lượng (%1), trên một đơn vị của đại lượng chuẩn hoá</translation>
    </message>
    <message>
        <source>Normalised by</source>
        <translation>Chuẩn hoá theo</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Tần suất theo dõi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Giá trị mới nhất</translation>
    </message>
    <message>
        <source>Monitored now</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>IndicatorValueModel</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>The quantity of the period, or the normalised value when no amount is given</source>
        <translation>Lượng trong kỳ, hoặc giá trị đã chuẩn hoá khi không nhập lượng chuẩn hoá</translation>
    </message>
    <message>
        <source>Normaliser amount</source>
        <translation>Lượng chuẩn hoá</translation>
    </message>
    <message>
        <source>Useful person-months or training person-days of the period</source>
        <translation>Số người-tháng hữu ích hoặc người-ngày đào tạo trong kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <source>The centre&apos;s own indicators</source>
        <translation>Chỉ số riêng của trung tâm</translation>
    </message>
    <message>
        <source>&amp;New indicator…</source>
        <translation>Chỉ số &amp;mới…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Đầu kỳ</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Cuối kỳ</translation>
    </message>
    <message>
        <source>person-days from the records</source>
        <translation>người-ngày lấy từ hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Record value</source>
        <translation>&amp;Ghi giá trị</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Actual:</source>
        <translation>T&amp;hực tế:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Lượng:</translation>
    </message>
    <message>
        <source>Values are normalised by useful person-months or training person-days: give the period&apos;s amount, or type the normalised value itself and leave the amount empty.</source>
        <translation>Giá trị được chuẩn hoá theo người-tháng hữu ích hoặc người-ngày đào tạo: hãy nhập lượng của kỳ, hoặc gõ thẳng giá trị đã chuẩn hoá và để trống ô lượng.</translation>
    </message>
    <message>
        <source>Choose an indicator above to see and record its values.</source>
        <translation>Chọn một chỉ số ở trên để xem và ghi giá trị của nó.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>chưa có mục tiêu</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>càng thấp càng tốt</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <source>target %1, %2; latest: %3</source>
        <translation>mục tiêu %1, %2; mới nhất: %3</translation>
    </message>
    <message>
        <source>Record indicator value</source>
        <translation>Ghi giá trị chỉ số</translation>
    </message>
</context>
<context>
    <name>LoggerImportDialog</name>
    <message>
        <source>Import a logger file</source>
        <extracomment>Emitted with the ImportResult once the series are stored.</extracomment>
        <translation>Nhập tệp bộ ghi dữ liệu</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>space</source>
        <translation>dấu cách</translation>
    </message>
    <message>
        <source>the next line names the columns</source>
        <translation>dòng tiếp theo là tên các cột</translation>
    </message>
    <message>
        <source>ISO (2026-12-06 08:30)</source>
        <translation>ISO (2026-12-06 08:30)</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>tháng/ngày/năm</translation>
    </message>
    <message>
        <source>Excel serial number</source>
        <translation>số ngày kiểu Excel</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>số giây Unix</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Field separator</source>
        <translation>Dấu phân cách trường</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dấu thập phân</translation>
    </message>
    <message>
        <source>Thousands mark</source>
        <translation>Dấu phân cách hàng nghìn</translation>
    </message>
    <message>
        <source>Lines to skip</source>
        <translation>Số dòng bỏ qua</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Cột thời gian</translation>
    </message>
    <message>
        <source>Time of day (separate)</source>
        <translation>Giờ trong ngày (cột riêng)</translation>
    </message>
    <message>
        <source>Timestamp layout</source>
        <translation>Dạng ghi thời gian</translation>
    </message>
    <message>
        <source>Logger clock&apos;s time zone</source>
        <translation>Múi giờ của đồng hồ bộ ghi</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>Cách viết của tệp</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Tên chuỗi số liệu</translation>
    </message>
    <message>
        <source>First rows as they will be read</source>
        <translation>Các dòng đầu như sẽ được đọc</translation>
    </message>
    <message>
        <source>Columns to import as channels</source>
        <translation>Các cột nhập thành kênh</translation>
    </message>
    <message>
        <source>Logger file</source>
        <translation>Tệp bộ ghi dữ liệu</translation>
    </message>
    <message>
        <source>Logger files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tệp bộ ghi dữ liệu (*.csv *.txt *.tsv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>(file in memory)</source>
        <translation>(tệp trong bộ nhớ)</translation>
    </message>
    <message>
        <source>Check: %s</source>
        <translation>Cần kiểm tra: %s</translation>
    </message>
    <message>
        <source>(none: date and time together)</source>
        <translation>(không có: ngày và giờ chung một cột)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Time as read</source>
        <translation>Thời gian như đọc được</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>%d cells in these rows cannot be read, e.g. %s</source>
        <translation>%d ô trong các dòng này không đọc được, ví dụ %s</translation>
    </message>
    <message>
        <source>Tick at least one column to import.</source>
        <translation>Hãy đánh dấu ít nhất một cột để nhập.</translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation>Đang nhập %s</translation>
    </message>
    <message>
        <source>logger file</source>
        <translation>tệp bộ ghi dữ liệu</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Các dòng không đọc được</translation>
    </message>
    <message>
        <source>%d cells cannot be read:
%s

Skip them and import the rest? (No cancels the import.)</source>
        <translation>%d ô không đọc được:
%s

Bỏ qua chúng và nhập phần còn lại? (Không = huỷ việc nhập.)</translation>
    </message>
    <message>
        <source>The import failed: %s</source>
        <translation>Nhập không thành công: %s</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Đã huỷ việc nhập; không lưu gì.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Storing the readings…</source>
        <translation>Đang lưu các số đo…</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
</context>
<context>
    <name>LoggerViewer</name>
    <message>
        <source>%s points from %s</source>
        <extracomment>Series up to this many points are selected whole when the viewer opens. Runs of readings the time-range selector draws the lowest and highest of (2 per pixel of a wide screen&apos;s plot). Emitted with the MeasurementRow after a figure was saved as a measurement.</extracomment>
        <translation>%s điểm từ %s</translation>
    </message>
    <message>
        <source>Separate axes</source>
        <translation>Trục riêng</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Phóng to vùng chọn</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
</context>
<context>
    <name>LoggersSection</name>
    <message>
        <source>Series recorded by data loggers (power, flow, temperature). Select a range to see its figures; any figure can be saved as a reading of a stream.</source>
        <translation>Chuỗi số liệu từ bộ ghi dữ liệu (công suất, lưu lượng, nhiệt độ). Chọn một khoảng thời gian để xem các chỉ tiêu; mọi chỉ tiêu đều có thể lưu thành số đo của một dòng.</translation>
    </message>
    <message>
        <source>Import a logger file…</source>
        <translation>Nhập tệp bộ ghi dữ liệu…</translation>
    </message>
    <message>
        <source>Logger series are not yet available in this version of cpdesk.</source>
        <translation>Phiên bản cpdesk này chưa có chuỗi số liệu từ bộ ghi dữ liệu.</translation>
    </message>
    <message>
        <source>No logger series in this assessment yet. Import the file a data logger recorded (power, flow, temperature) to see its curves and save figures as readings.</source>
        <translation>Đánh giá này chưa có chuỗi số liệu nào của bộ ghi dữ liệu. Hãy nhập tệp mà bộ ghi dữ liệu đã ghi (công suất, lưu lượng, nhiệt độ) để xem đồ thị và lưu các giá trị thành số đo.</translation>
    </message>
    <message>
        <source>Import logger files with the command line: cpdesk logger import.</source>
        <translation>Hãy nhập tệp bộ ghi dữ liệu bằng dòng lệnh: cpdesk logger import.</translation>
    </message>
    <message>
        <source>Save a logger figure as a reading</source>
        <translation>Lưu chỉ tiêu từ bộ ghi dữ liệu thành số đo</translation>
    </message>
    <message>
        <source>Loggers</source>
        <translation>Bộ ghi dữ liệu</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;About cpdesk</source>
        <translation>&amp;Giới thiệu cpdesk</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Đánh &amp;giá</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Xuất báo cáo…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Find in navigator</source>
        <translation>&amp;Tìm trong danh mục</translation>
    </message>
    <message>
        <source>&amp;Go to section</source>
        <translation>Đến &amp;mục</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ giú&amp;p</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <extracomment>Workspace sections reachable with Ctrl+1 ... Ctrl+9 and Ctrl+0, in list order. The actions that need an open assessment, in the Assessment menu&apos;s order.</extracomment>
        <translation>Đánh giá &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Thêm &amp;giải pháp</translation>
    </message>
    <message>
        <source>Add process &amp;step</source>
        <translation>Thêm &amp;công đoạn</translation>
    </message>
    <message>
        <source>Add s&amp;tream</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Xoá các dòng đã chọn</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Sửa ô hiện tại</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Quick entry: save the reading, start the next</source>
        <translation>Nhập nhanh: lưu số đo, sang số đo tiếp theo</translation>
    </message>
    <message>
        <source>Re&amp;concile the balance</source>
        <translation>&amp;Hiệu chỉnh cân bằng</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>Record a &amp;reading…</source>
        <translation>Nhập &amp;số đo…</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Thanh công cụ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cpdesk: Cleaner Production assessments</source>
        <extracomment>The user chose other preferences (the application applies and saves them). The user wants another database opened (its path).</extracomment>
        <translation>cpdesk: Đánh giá sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Progress: 18 tasks</source>
        <translation>Tiến độ: 18 nhiệm vụ</translation>
    </message>
    <message>
        <source>Quick entry of readings</source>
        <translation>Nhập nhanh số đo</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>học viên</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>giảng viên</translation>
    </message>
    <message>
        <source>centre staff</source>
        <translation>cán bộ trung tâm</translation>
    </message>
    <message>
        <source>(no user name: see Settings)</source>
        <translation>(chưa có tên người dùng: xem Cài đặt)</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>Every change is saved in this database when it is made</source>
        <translation>Mọi thay đổi được lưu vào cơ sở dữ liệu này ngay khi thực hiện</translation>
    </message>
    <message>
        <source>Assessment created; Ctrl+Z takes it back</source>
        <translation>Đã tạo đánh giá; Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
        <source>Open a cpdesk database</source>
        <translation>Mở cơ sở dữ liệu cpdesk</translation>
    </message>
    <message>
        <source>cpdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu cpdesk (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>Stream</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Cơ sở tính</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Uncertainty, %</source>
        <translation>Độ không đảm bảo, %</translation>
    </message>
    <message>
        <source>Relative standard uncertainty; empty takes the method&apos;s default</source>
        <translation>Độ không đảm bảo chuẩn tương đối; để trống sẽ lấy giá trị mặc định của phương pháp</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Thời điểm đo</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Thiết bị đo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người đo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The reconciliation flags this reading: its adjustment is too large to be chance</source>
        <translation>Phép hiệu chỉnh đánh dấu số đo này: mức hiệu chỉnh quá lớn để là ngẫu nhiên</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not saved: %1 %2</source>
        <extracomment>The frame around a refused cell, seen over the selection&apos;s colour too. CHOICE: (code, label) pairs; UNIT: the units offered. Per row, as units depend on it. The kind of record (Entity.STREAM, Entity.MEASUREMENT ...) that updates are sent for; None for a table that is only read. A cell&apos;s entry was refused: why, for the status bar. Cells whose entry was taken in the user&apos;s notation but could have meant another number: the note says so (amber) until the cell is edited again.</extracomment>
        <translation>Chưa lưu: %1 %2</translation>
    </message>
</context>
<context>
    <name>ModuleModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Demonstration company</source>
        <translation>Doanh nghiệp trình diễn</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search programmes, companies, assessments…</source>
        <extracomment>Where an entry hangs, for reading its children: a programme&apos;s id, or OUTSIDE / WITHOUT for the groups; a company entry holds its group&apos;s. The training centre&apos;s own records (opened with Enter or a double click, in a window of their own). The child that stands for children not read yet (the entry shows it can be opened). A programme of this many companies or fewer opens expanded. The centre&apos;s entry was opened (Enter or double click): its screens show the year.</extracomment>
        <translation>Tìm chương trình, doanh nghiệp, đánh giá…</translation>
    </message>
    <message>
        <source>All programmes and companies</source>
        <extracomment>Each programme&apos;s count of companies, as last read.</extracomment>
        <translation>Mọi chương trình và doanh nghiệp</translation>
    </message>
    <message>
        <source>Companies without an assessment</source>
        <translation>Doanh nghiệp chưa có đánh giá</translation>
    </message>
    <message>
        <source>Training centre: courses, the year, indicators</source>
        <translation>Trung tâm đào tạo: khoá đào tạo, số liệu năm, chỉ số</translation>
    </message>
    <message>
        <source>Enter or double click opens the centre&apos;s year; the Training menu has the rest</source>
        <translation>Enter hoặc nháy đúp để mở số liệu năm của trung tâm; các mục khác ở trình đơn Đào tạo</translation>
    </message>
    <message>
        <source>More assessments match: type more of the name</source>
        <translation>Còn đánh giá khác cũng khớp: hãy gõ thêm tên để thu hẹp</translation>
    </message>
    <message>
        <source>Outside any programme</source>
        <translation>Ngoài các chương trình</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Đánh giá mới</translation>
    </message>
    <message>
        <source>A new company…</source>
        <translation>Doanh nghiệp mới…</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(không thuộc chương trình)</translation>
    </message>
    <message>
        <source>CP assessment %1</source>
        <translation>Đánh giá SXSH %1</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Tên doanh nghiệp</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>VND per USD</source>
        <translation>VND/USD</translation>
    </message>
</context>
<context>
    <name>NewIndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Chỉ số mới</translation>
    </message>
    <message>
        <source>kg, kWh, t CO₂ (the normaliser is added)</source>
        <translation>kg, kWh, t CO₂ (tự thêm đại lượng chuẩn hoá)</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>&amp;Name (English):</source>
        <translation>&amp;Tên (tiếng Anh):</translation>
    </message>
    <message>
        <source>Name (&amp;Vietnamese):</source>
        <translation>Tên (tiếng &amp;Việt):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>N&amp;ormalised by:</source>
        <translation>&amp;Chuẩn hoá theo:</translation>
    </message>
    <message>
        <source>&amp;Monitored:</source>
        <translation>Tần suất theo &amp;dõi:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>Give the indicator a name and a unit.</source>
        <translation>Hãy đặt tên và đơn vị cho chỉ số.</translation>
    </message>
</context>
<context>
    <name>OptionCaseModel</name>
    <message>
        <source>Company</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Investment, USD</source>
        <translation>Vốn đầu tư, USD</translation>
    </message>
    <message>
        <source>Savings per year, USD</source>
        <translation>Tiết kiệm/năm, USD</translation>
    </message>
    <message>
        <source>Payback, years</source>
        <translation>Hoàn vốn, năm</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>The assessment states no exchange rate to USD: its money is left out.</source>
        <translation>Đánh giá không có tỷ giá sang USD: các số tiền của nó bị loại ra.</translation>
    </message>
</context>
<context>
    <name>OptionCasesDialog</name>
    <message>
        <source>Cases behind the figures: %1</source>
        <extracomment>Opens an option (assessment id, option id) in the workbench.</extracomment>
        <translation>Các trường hợp sau số liệu: %1</translation>
    </message>
    <message>
        <source>every sector</source>
        <translation>mọi ngành</translation>
    </message>
    <message>
        <source>%1, %2: %3 cases of %4 companies. The companies&apos; names stay at the centre: the field installations receive the figures only.</source>
        <translation>%1, %2: %3 trường hợp của %4 doanh nghiệp. Tên doanh nghiệp được giữ tại trung tâm: các bản cài đặt ngoài hiện trường chỉ nhận số liệu.</translation>
    </message>
    <message>
        <source>Open option</source>
        <translation>Mở giải pháp</translation>
    </message>
    <message>
        <source>Open the selected option in its assessment (a double-click does the same)</source>
        <translation>Mở giải pháp đã chọn trong đánh giá của nó (nhấp đúp cũng được)</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <source>Option %1</source>
        <translation>Giải pháp %1</translation>
    </message>
    <message>
        <source>Choose the option library&apos;s type (search without accents)</source>
        <extracomment>The option&apos;s version as the form shows it (see the module&apos;s doc).</extracomment>
        <translation>Chọn loại giải pháp trong thư viện (tìm không cần dấu)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Option t&amp;ype</source>
        <translation>&amp;Loại giải pháp</translation>
    </message>
    <message>
        <source>&amp;Investment, %1</source>
        <translation>&amp;Vốn đầu tư, %1</translation>
    </message>
    <message>
        <source>Annual &amp;savings, %1</source>
        <translation>Tiết &amp;kiệm hàng năm, %1</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Mô &amp;tả</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <source>Calculate saving…</source>
        <translation>Tính tiết kiệm…</translation>
    </message>
    <message>
        <source>Edit option %1</source>
        <translation>Sửa giải pháp %1</translation>
    </message>
    <message>
        <source>None: choose…</source>
        <translation>Chưa có: chọn…</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>loại không rõ</translation>
    </message>
</context>
<context>
    <name>OptionModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Investment, %1</source>
        <translation>Vốn đầu tư, %1</translation>
    </message>
    <message>
        <source>Savings per year, %1</source>
        <translation>Tiết kiệm/năm, %1</translation>
    </message>
    <message>
        <source>Calculated by the option&apos;s calculation (Calculate saving…)</source>
        <translation>Được tính bằng phép tính của giải pháp (Tính tiết kiệm…)</translation>
    </message>
    <message>
        <source>Extra costs per year, %1</source>
        <translation>Chi phí thêm/năm, %1</translation>
    </message>
    <message>
        <source>Lifetime, years</source>
        <translation>Tuổi thọ, năm</translation>
    </message>
    <message>
        <source>Option type</source>
        <translation>Loại giải pháp</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (loại không rõ)</translation>
    </message>
    <message>
        <source>The option library in use has no type %1 (the centre&apos;s reference-data pack dropped it). The link is kept; choose another type or clear it.</source>
        <translation>Thư viện giải pháp đang dùng không có loại %1 (gói dữ liệu tham chiếu của trung tâm đã bỏ nó). Liên kết vẫn được giữ; hãy chọn loại khác hoặc xoá liên kết.</translation>
    </message>
    <message>
        <source>The option library&apos;s type; type a code or choose one with “Option type…”.</source>
        <translation>Loại giải pháp trong thư viện; gõ mã hoặc chọn bằng “Loại giải pháp…”.</translation>
    </message>
</context>
<context>
    <name>OptionTypeDialog</name>
    <message>
        <source>Option type</source>
        <extracomment>The code given back by &quot;No type&quot;: the link is cleared.</extracomment>
        <translation>Loại giải pháp</translation>
    </message>
    <message>
        <source>Search the option library (no accents needed)…</source>
        <translation>Tìm trong thư viện giải pháp (không cần dấu)…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Mọi ngành</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Không có loại</translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation>%1 loại</translation>
    </message>
</context>
<context>
    <name>OptionsCharts</name>
    <message>
        <source>Payback and NPV</source>
        <translation>Hoàn vốn và NPV</translation>
    </message>
    <message>
        <source>Costs and savings</source>
        <translation>Chi phí và tiết kiệm</translation>
    </message>
    <message>
        <source>Waste costs (Pareto)</source>
        <translation>Chi phí dòng thải (Pareto)</translation>
    </message>
</context>
<context>
    <name>OptionsSection</name>
    <message>
        <source>CP options</source>
        <extracomment>streams, readings and logger series: the options&apos; calculations follow them</extracomment>
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Thêm giải pháp</translation>
    </message>
    <message>
        <source>Option type…</source>
        <translation>Loại giải pháp…</translation>
    </message>
    <message>
        <source>Link the selected option to a type of the option library (search without accents)</source>
        <translation>Liên kết giải pháp đang chọn với một loại trong thư viện giải pháp (tìm không cần dấu)</translation>
    </message>
    <message>
        <source>Calculate saving…</source>
        <translation>Tính tiết kiệm…</translation>
    </message>
    <message>
        <source>Work out the selected option&apos;s saving with a calculator, from the plant&apos;s figures</source>
        <translation>Tính tiết kiệm của giải pháp đang chọn bằng công cụ tính, từ số liệu của nhà máy</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Add saving</source>
        <translation>Thêm tiết kiệm</translation>
    </message>
    <message>
        <source>Saves per year:</source>
        <translation>Tiết kiệm mỗi năm:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Technical feasibility (task 10)</source>
        <translation>Khả thi kỹ thuật (nhiệm vụ 10)</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Lý do loại bỏ</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Tính khả thi</translation>
    </message>
    <message>
        <source>Resources saved</source>
        <translation>Tài nguyên tiết kiệm</translation>
    </message>
    <message>
        <source>Description and notes</source>
        <translation>Mô tả và ghi chú</translation>
    </message>
    <message>
        <source>Task 8: options in the eight categories; task 9: screening. Tasks 10 to 13: technical notes, payback, NPV and IRR at the assessment&apos;s discount rate, resources saved and the CO₂ they avoid.</source>
        <translation>Nhiệm vụ 8: giải pháp theo tám nhóm; nhiệm vụ 9: sàng lọc. Nhiệm vụ 10 đến 13: ghi chú kỹ thuật, thời gian hoàn vốn, NPV và IRR theo lãi suất chiết khấu của đánh giá, tài nguyên tiết kiệm và lượng CO₂ giảm được.</translation>
    </message>
    <message>
        <source>No CP options yet. Write down every idea that removes a cause of waste; screening and feasibility follow here.</source>
        <translation>Chưa có giải pháp SXSH nào. Hãy ghi lại mọi ý tưởng loại bỏ một nguyên nhân phát sinh dòng thải; sàng lọc và nghiên cứu khả thi được làm tiếp tại đây.</translation>
    </message>
    <message>
        <source>Add the first option</source>
        <translation>Thêm giải pháp đầu tiên</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Options and feasibility</source>
        <translation>Giải pháp và tính khả thi</translation>
    </message>
    <message>
        <source>Feasibility cannot be computed: %1</source>
        <translation>Không tính được tính khả thi: %1</translation>
    </message>
    <message>
        <source>Discount rate %1 %; CO₂ from the factor set %2.</source>
        <translation>Lãi suất chiết khấu %1 %; CO₂ theo bộ hệ số %2.</translation>
    </message>
    <message>
        <source>Select an option to see the resources it saves.</source>
        <translation>Chọn một giải pháp để xem tài nguyên nó tiết kiệm.</translation>
    </message>
    <message>
        <source>Resources saved by %1</source>
        <translation>Tài nguyên tiết kiệm nhờ %1</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Giải pháp mới</translation>
    </message>
    <message>
        <source>Select the option first.</source>
        <translation>Hãy chọn giải pháp trước.</translation>
    </message>
    <message>
        <source>Add suggested option</source>
        <translation>Thêm giải pháp được gợi ý</translation>
    </message>
    <message>
        <source>Added %1; its figures are a starting estimate from the option library.</source>
        <translation>Đã thêm %1; số liệu của nó là ước tính ban đầu từ thư viện giải pháp.</translation>
    </message>
    <message>
        <source>Add resource saving</source>
        <translation>Thêm tài nguyên tiết kiệm</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Hình thức thực hiện</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Từ – đến</translation>
    </message>
    <message>
        <source>Audit focus (task 3)</source>
        <translation>Trọng tâm đánh giá (nhiệm vụ 3)</translation>
    </message>
    <message>
        <source>Scope weight (full assessment = 1)</source>
        <translation>Hệ số quy đổi (đánh giá đầy đủ = 1)</translation>
    </message>
    <message>
        <source>Money and operation</source>
        <translation>Tài chính và vận hành</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Exchange rate, VND per USD</source>
        <translation>Tỷ giá, VND/USD</translation>
    </message>
    <message>
        <source>Discount rate, %</source>
        <translation>Lãi suất chiết khấu, %</translation>
    </message>
    <message>
        <source>Operating hours per year</source>
        <translation>Số giờ vận hành/năm</translation>
    </message>
    <message>
        <source>Operating days per year</source>
        <translation>Số ngày vận hành/năm</translation>
    </message>
    <message>
        <source>Batches per day</source>
        <translation>Số mẻ/ngày</translation>
    </message>
    <message>
        <source>Boiler efficiency, % of NCV</source>
        <translation>Hiệu suất lò hơi, % theo NCV</translation>
    </message>
    <message>
        <source>Annual production</source>
        <translation>Sản lượng năm</translation>
    </message>
    <message>
        <source>Factor set</source>
        <translation>Bộ hệ số</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Nothing recorded yet. An assessment starts with task 1: the CP team, then the process steps.</source>
        <translation>Chưa có số liệu nào. Một đánh giá SXSH bắt đầu với nhiệm vụ 1: đội SXSH, rồi đến các công đoạn sản xuất.</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Thêm thành viên đội SXSH</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1/năm</translation>
    </message>
    <message>
        <source>%1 team members, %2 process steps (%3 in the audit focus)</source>
        <translation>%1 thành viên đội, %2 công đoạn (%3 thuộc trọng tâm đánh giá)</translation>
    </message>
    <message>
        <source>%1 streams, %2 of them measured; %3 readings</source>
        <translation>%1 dòng, %2 dòng đã đo; %3 số đo</translation>
    </message>
    <message>
        <source>%1 waste streams costing %2 %3 a year</source>
        <translation>%1 dòng thải, chi phí %2 %3/năm</translation>
    </message>
    <message>
        <source>%1 options, %2 implemented: %3 %4 invested, %5 %4 saved a year</source>
        <translation>%1 giải pháp, %2 đã thực hiện: đầu tư %3 %4, tiết kiệm %5 %4/năm</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Số ngày tham dự</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Chứng chỉ</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Participant…</source>
        <translation>Người tham gia…</translation>
    </message>
    <message>
        <source>Type a name: a name not on the list registers a new participant</source>
        <translation>Gõ tên: tên chưa có trong danh sách sẽ được đăng ký thành người tham gia mới</translation>
    </message>
</context>
<context>
    <name>PaybackNpvView</name>
    <message>
        <source>no payback</source>
        <extracomment>(code, payback years or None, NPV in the currency), in drawing order. the value written right of each bar, by plot: (text item, where its bar ends)</extracomment>
        <translation>không hoàn vốn</translation>
    </message>
    <message>
        <source>no investment</source>
        <translation>không cần đầu tư</translation>
    </message>
    <message>
        <source>Simple payback, years</source>
        <translation>Thời gian hoàn vốn giản đơn, năm</translation>
    </message>
    <message>
        <source>NPV, %1</source>
        <translation>NPV, %1</translation>
    </message>
</context>
<context>
    <name>PeriodImport</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>Các dòng bị từ chối</translation>
    </message>
    <message>
        <source>Nothing was stored: %1 of the file&apos;s %2 rows have errors. Correct the file and import it again, or store the other rows without them.</source>
        <translation>Chưa lưu gì: %1 trong %2 dòng của tệp có lỗi. Sửa tệp rồi nhập lại, hoặc lưu các dòng còn lại mà bỏ qua chúng.</translation>
    </message>
    <message>
        <source>Skip the bad rows and store the others</source>
        <translation>Bỏ qua các dòng lỗi và lưu các dòng còn lại</translation>
    </message>
    <message>
        <source>Import period readings</source>
        <extracomment>The last import&apos;s outcome (for the section&apos;s status and the tests).</extracomment>
        <translation>Nhập số liệu theo kỳ</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Bảng (*.csv *.txt *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <source>Variable</source>
        <translation>Biến</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>Sao chép vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Xuất thành PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Xuất thành SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>million VND</source>
        <extracomment>Colours of the plots&apos; frame and text (dark grey on white reads well on screen and paper).</extracomment>
        <translation>triệu VND</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>nghìn %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Emitted after the view was redrawn with new data.</extracomment>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard</source>
        <translation>Sao chép biểu đồ vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Lưu biểu đồ thành hình vẽ SVG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>This chart is not yet available in this version of cpdesk.</source>
        <translation>Phiên bản cpdesk này chưa có biểu đồ này.</translation>
    </message>
    <message>
        <source>Sankey diagram</source>
        <translation>Biểu đồ Sankey</translation>
    </message>
    <message>
        <source>Inputs and outputs by step</source>
        <translation>Vào và ra theo công đoạn</translation>
    </message>
    <message>
        <source>Payback and NPV</source>
        <translation>Hoàn vốn và NPV</translation>
    </message>
    <message>
        <source>Costs and savings</source>
        <translation>Chi phí và tiết kiệm</translation>
    </message>
    <message>
        <source>Waste costs (Pareto)</source>
        <translation>Chi phí dòng thải (Pareto)</translation>
    </message>
</context>
<context>
    <name>PowerFactorChargeBox</name>
    <message>
        <source>Active energy bill a year (without VAT)</source>
        <translation>Tiền điện năng tác dụng mỗi năm (chưa VAT)</translation>
    </message>
    <message>
        <source>Type the bill to see the power-factor charge it avoids.</source>
        <translation>Nhập tiền điện để xem tiền mua công suất phản kháng tránh được.</translation>
    </message>
    <message>
        <source>The factor set holds no power-factor rule of the tariff.</source>
        <translation>Bộ hệ số không có quy định về hệ số công suất của biểu giá điện.</translation>
    </message>
    <message>
        <source>Power-factor charge avoided: %1 %2 a year (%3 % of the bill before, %4 % after; factor set %5, %6)</source>
        <translation>Tiền mua công suất phản kháng tránh được: %1 %2 mỗi năm (%3 % tiền điện trước, %4 % sau; bộ hệ số %5, %6)</translation>
    </message>
    <message>
        <source>Use this result keeps it as the option&apos;s annual savings.</source>
        <translation>“Dùng kết quả này” lưu khoản này vào tiết kiệm hằng năm của giải pháp.</translation>
    </message>
</context>
<context>
    <name>PracticalModulesDialog</name>
    <message>
        <source>Practical modules</source>
        <translation>Mô-đun thực hành</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Results returned</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>New module…</source>
        <translation>Mô-đun mới…</translation>
    </message>
    <message>
        <source>Export bundles…</source>
        <translation>Xuất gói dữ liệu…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Nhập kết quả…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>No practical module yet: prepare one from a demonstration assessment.</source>
        <translation>Chưa có mô-đun thực hành: hãy soạn một mô-đun từ một đánh giá trình diễn.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Reference: %1 · Data given: %2 · Tasks: %3</source>
        <translation>Bài mẫu: %1 · Số liệu cung cấp: %2 · Nhiệm vụ: %3</translation>
    </message>
    <message>
        <source>Folder for the trainees&apos; bundles</source>
        <translation>Thư mục chứa gói dữ liệu của học viên</translation>
    </message>
    <message>
        <source>%1 bundles written to %2</source>
        <translation>Đã ghi %1 gói dữ liệu vào %2</translation>
    </message>
    <message>
        <source>Exporting the trainees&apos; bundles</source>
        <translation>Đang xuất gói dữ liệu của học viên</translation>
    </message>
    <message>
        <source>A trainee&apos;s results</source>
        <translation>Kết quả của học viên</translation>
    </message>
    <message>
        <source>cpdesk bundles (*.cpdx)</source>
        <translation>Gói dữ liệu cpdesk (*.cpdx)</translation>
    </message>
    <message>
        <source>Importing a trainee&apos;s results</source>
        <translation>Đang nhập kết quả của học viên</translation>
    </message>
</context>
<context>
    <name>PrepareModuleDialog</name>
    <message>
        <source>Prepare a practical module</source>
        <translation>Soạn mô-đun thực hành</translation>
    </message>
    <message>
        <source>e.g. Water balance of the dyeing line</source>
        <translation>VD: Cân bằng nước của dây chuyền nhuộm</translation>
    </message>
    <message>
        <source>Data given to the trainees</source>
        <translation>Số liệu cung cấp cho học viên</translation>
    </message>
    <message>
        <source>Tasks required</source>
        <translation>Nhiệm vụ bắt buộc</translation>
    </message>
    <message>
        <source>Task %1 of the method</source>
        <translation>Nhiệm vụ %1 của phương pháp</translation>
    </message>
    <message>
        <source>One trainee per line</source>
        <translation>Mỗi dòng một học viên</translation>
    </message>
    <message>
        <source>Reference assessment</source>
        <translation>Đánh giá làm bài mẫu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Soạn</translation>
    </message>
    <message>
        <source>There is no assessment to start from.</source>
        <translation>Chưa có đánh giá nào để làm cơ sở.</translation>
    </message>
</context>
<context>
    <name>ProcessStepModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Audit focus</source>
        <translation>Trọng tâm đánh giá</translation>
    </message>
    <message>
        <source>A wasteful step chosen for the detailed assessment (task 3)</source>
        <translation>Công đoạn gây lãng phí được chọn để đánh giá chi tiết (nhiệm vụ 3)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
</context>
<context>
    <name>ProcessStepsSection</name>
    <message>
        <source>Add step</source>
        <translation>Thêm công đoạn</translation>
    </message>
    <message>
        <source>Task 2: list the unit operations in the order of production. Task 3: tick the wasteful steps chosen as the audit focus.</source>
        <translation>Nhiệm vụ 2: liệt kê các công đoạn theo trình tự sản xuất. Nhiệm vụ 3: đánh dấu các công đoạn gây lãng phí được chọn làm trọng tâm đánh giá.</translation>
    </message>
    <message>
        <source>No process steps yet. List the unit operations of the plant in the order of production: every stream, balance and option hangs on them.</source>
        <translation>Chưa có công đoạn sản xuất nào. Hãy liệt kê các công đoạn của nhà máy theo thứ tự sản xuất: mọi dòng, cân bằng và giải pháp đều dựa trên chúng.</translation>
    </message>
    <message>
        <source>Add the first step</source>
        <translation>Thêm công đoạn đầu tiên</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Công đoạn sản xuất</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Công đoạn mới</translation>
    </message>
    <message>
        <source>Add process step</source>
        <translation>Thêm công đoạn</translation>
    </message>
    <message>
        <source>Deleted %1 streams with the steps (Ctrl+Z brings them back)</source>
        <translation>Đã xoá %1 dòng cùng các công đoạn (Ctrl+Z để khôi phục)</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Đánh giá</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Totals</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Theo ngành</translation>
    </message>
    <message>
        <source>By option category</source>
        <translation>Theo nhóm giải pháp</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>The roll-up cannot be computed: %1</source>
        <translation>Không tổng hợp được: %1</translation>
    </message>
    <message>
        <source>Options proposed</source>
        <translation>Giải pháp đề xuất</translation>
    </message>
    <message>
        <source>Options implemented</source>
        <translation>Giải pháp đã thực hiện</translation>
    </message>
    <message>
        <source>Implemented / proposed</source>
        <translation>Thực hiện / đề xuất</translation>
    </message>
    <message>
        <source>Investment (implemented)</source>
        <translation>Vốn đầu tư (đã thực hiện)</translation>
    </message>
    <message>
        <source>Savings per year (implemented)</source>
        <translation>Tiết kiệm/năm (đã thực hiện)</translation>
    </message>
    <message>
        <source>Saved per year: %1</source>
        <translation>Tiết kiệm/năm: %1</translation>
    </message>
    <message>
        <source>CO₂ avoided per year (computed)</source>
        <translation>CO₂ giảm/năm (tính toán)</translation>
    </message>
    <message>
        <source>CO₂ avoided per year (as reported)</source>
        <translation>CO₂ giảm/năm (theo báo cáo)</translation>
    </message>
    <message>
        <source>CO₂ computed with the factor set %1 (grid year %2). Figures of implemented options.</source>
        <translation>CO₂ tính theo bộ hệ số %1 (hệ số lưới điện năm %2). Số liệu của các giải pháp đã thực hiện.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>%v of 18 tasks done</source>
        <extracomment>Width (px) the panel&apos;s dock takes when guided mode is turned on. The user wants to work on a task: the workspace section key. The tasks of an assessment were counted: its id, those counted done (marked done, and every blocking check passes: the count `cpdesk guide` gives) and those marked done.</extracomment>
        <translation>đã xong %v/18 nhiệm vụ</translation>
    </message>
    <message>
        <source>Note on this task…</source>
        <translation>Ghi chú cho nhiệm vụ này…</translation>
    </message>
    <message>
        <source>&amp;Guided mode</source>
        <extracomment>Guided mode on or off for the open assessment (View menu and the panel&apos;s button).</extracomment>
        <translation>Chế độ &amp;hướng dẫn</translation>
    </message>
    <message>
        <source>Show the tasks one by one with their guide and checks</source>
        <translation>Hiện lần lượt từng nhiệm vụ kèm hướng dẫn và các phép kiểm tra</translation>
    </message>
    <message>
        <source>Open an assessment to follow its 18 tasks.</source>
        <translation>Mở một đánh giá để theo dõi 18 nhiệm vụ của nó.</translation>
    </message>
    <message>
        <source>Tasks marked done: %1. Counted done (marked, and every blocking check passes): %2.</source>
        <translation>Nhiệm vụ đã đánh dấu xong: %1. Được tính là xong (đã đánh dấu và đạt mọi phép kiểm tra bắt buộc): %2.</translation>
    </message>
    <message>
        <source>Double-click a task to open its section; F2 changes its status.</source>
        <translation>Nháy đúp vào nhiệm vụ để mở mục tương ứng; F2 để đổi trạng thái.</translation>
    </message>
    <message>
        <source>Nothing obviously missing for this task.</source>
        <translation>Nhiệm vụ này không thiếu gì rõ ràng.</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>where, which meter, conditions…</source>
        <translation>vị trí, đồng hồ nào, điều kiện…</translation>
    </message>
    <message>
        <source>Save ↵</source>
        <translation>Lưu ↵</translation>
    </message>
    <message>
        <source>Save the reading and start the next (Enter)</source>
        <translation>Lưu số đo và sang số đo tiếp theo (Enter)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Cơ sở tính</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Choose a stream: type a few letters of its name.</source>
        <translation>Chọn dòng: gõ vài chữ trong tên dòng.</translation>
    </message>
    <message>
        <source>Type the value.</source>
        <translation>Hãy nhập giá trị.</translation>
    </message>
    <message>
        <source>Record a reading of %1</source>
        <translation>Nhập số đo của %1</translation>
    </message>
    <message>
        <source>Saved: %1 = %2 %3</source>
        <translation>Đã lưu: %1 = %2 %3</translation>
    </message>
</context>
<context>
    <name>RangeFigures</name>
    <message>
        <source>(the series&apos; stream)</source>
        <translation>(dòng của chuỗi số liệu)</translation>
    </message>
    <message>
        <source>Base load (P%s)</source>
        <translation>Phụ tải nền (P%s)</translation>
    </message>
    <message>
        <source>Daily profile</source>
        <translation>Biểu đồ phụ tải ngày</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>The figures &quot;Save as measurement&quot; offers, in the order of its list. Emitted with the MeasurementRow after a figure was saved as a measurement.</extracomment>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Hệ số phụ tải</translation>
    </message>
    <message>
        <source>Load-duration curve</source>
        <translation>Đường cong phụ tải – thời gian</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Khối lượng</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Chưa lưu: %s</translation>
    </message>
    <message>
        <source>Peak demand (%s min)</source>
        <translation>Phụ tải đỉnh (%s phút)</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Số đo</translation>
    </message>
    <message>
        <source>Save as measurement</source>
        <translation>Lưu thành số đo</translation>
    </message>
    <message>
        <source>Saved: %s %s for %s</source>
        <translation>Đã lưu: %s %s cho %s</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Thể tích</translation>
    </message>
    <message>
        <source>Weekly profile</source>
        <translation>Biểu đồ phụ tải tuần</translation>
    </message>
    <message>
        <source>hour of day</source>
        <translation>giờ trong ngày</translation>
    </message>
    <message>
        <source>hour of week (Monday 0:00 first)</source>
        <translation>giờ trong tuần (từ 0:00 thứ Hai)</translation>
    </message>
    <message>
        <source>share of time (%)</source>
        <translation>tỷ lệ thời gian (%)</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of this %1</source>
        <extracomment>Fields the log keeps that a person does not read as a change of the record.</extracomment>
        <translation>Lịch sử của %1 này</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Thành</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s), newest first.</source>
        <translation>
            <numerusform>%n thay đổi gần nhất, mới nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(đã xoá)</translation>
    </message>
    <message>
        <source>(brought back)</source>
        <translation>(đã khôi phục)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(đã thay đổi)</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Filter (no accents needed)…</source>
        <extracomment>How many rows, beside those on screen, a table&apos;s columns are fitted to when first filled. (text, action on the row) offered first in the rows&apos; context menu.</extracomment>
        <translation>Lọc (không cần dấu)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Ctrl+Z brings them back</source>
        <translation>Xoá các dòng đã chọn (Del); Ctrl+Z để khôi phục</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Tổng hợp đánh giá</translation>
    </message>
    <message>
        <source>Programme summary (one or several programmes)</source>
        <translation>Tổng hợp chương trình (một hoặc nhiều chương trình)</translation>
    </message>
    <message>
        <source>Summary of a selection of assessments</source>
        <translation>Tổng hợp các đánh giá được chọn</translation>
    </message>
    <message>
        <source>Task worksheets, filled from an assessment</source>
        <translation>Phiếu công việc, điền từ một đánh giá</translation>
    </message>
    <message>
        <source>Task worksheets, blank</source>
        <translation>Phiếu công việc, để trống</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Bảng tính Excel</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Tài liệu Word (sửa được)</translation>
    </message>
    <message>
        <source>cpdesk&apos;s own template</source>
        <translation>mẫu có sẵn của cpdesk</translation>
    </message>
    <message>
        <source>A .docx with the centre&apos;s styles, logo and margins; empty for cpdesk&apos;s own</source>
        <translation>Một tệp .docx có kiểu chữ, logo và lề của Trung tâm; để trống để dùng mẫu của cpdesk</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <source>Covering:</source>
        <translation>Gồm:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Mẫu Word:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Tick one or more programmes; several get a page of totals.</source>
        <translation>Đánh dấu một hoặc nhiều chương trình; nhiều chương trình thì có thêm trang tổng cộng.</translation>
    </message>
    <message>
        <source>Tick the assessments to sum up, from any programme.</source>
        <translation>Đánh dấu các đánh giá cần tổng hợp, thuộc bất kỳ chương trình nào.</translation>
    </message>
    <message>
        <source>Worksheets are printed, so they are PDF only.</source>
        <translation>Phiếu công việc dùng để in nên chỉ có dạng PDF.</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Mẫu Word</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Đã ghi báo cáo: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Report cancelled; nothing written</source>
        <translation>Đã huỷ lập báo cáo; không ghi tệp nào</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <extracomment>A whole copy is to replace the database (the copy). One assessment was merged back (the service&apos;s AssessmentRestore).</extracomment>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore the &amp;whole database…</source>
        <translation>Khôi phục &amp;toàn bộ cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Restore &amp;one assessment…</source>
        <translation>Khôi phục &amp;một đánh giá…</translation>
    </message>
    <message>
        <source>One assessment is merged into the database as it is: what was changed since the copy stays, what was lost or deleted comes back. The whole database goes back to the copy; the database as it is now is backed up first.</source>
        <translation>Một đánh giá được gộp vào cơ sở dữ liệu hiện tại: những gì đã sửa sau bản sao lưu được giữ, những gì bị mất hoặc bị xoá được đưa trở lại. Khôi phục toàn bộ đưa cơ sở dữ liệu về đúng bản sao lưu; cơ sở dữ liệu hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <source>No backup copies yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>This copy holds: %1</source>
        <translation>Bản sao lưu này có: %1</translation>
    </message>
    <message>
        <source>An encrypted copy: what it holds is read when you restore from it.</source>
        <translation>Bản sao lưu đã mã hoá: nội dung được đọc khi bạn khôi phục từ nó.</translation>
    </message>
    <message>
        <source>Restore the whole database</source>
        <translation>Khôi phục toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Put the copy of %1 in place of the database? The database as it is now is backed up first, and the window reopens on the restored one.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu lúc %1? Cơ sở dữ liệu hiện tại được sao lưu trước, rồi cửa sổ mở lại trên cơ sở dữ liệu đã khôi phục.</translation>
    </message>
    <message>
        <source>Reading the copy</source>
        <translation>Đang đọc bản sao lưu</translation>
    </message>
    <message>
        <source>Restore one assessment</source>
        <translation>Khôi phục một đánh giá</translation>
    </message>
    <message>
        <source>This copy holds no assessment.</source>
        <translation>Bản sao lưu này không có đánh giá nào.</translation>
    </message>
    <message>
        <source>(deleted in the copy)</source>
        <translation>(đã xoá trong bản sao lưu)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Restoring the assessment</source>
        <translation>Đang khôi phục đánh giá</translation>
    </message>
</context>
<context>
    <name>SankeyView</name>
    <message>
        <source>Water balance, %1 per year</source>
        <translation>Cân bằng nước, %1/năm</translation>
    </message>
    <message>
        <source>Energy balance, %1 per year</source>
        <translation>Cân bằng năng lượng, %1/năm</translation>
    </message>
    <message>
        <source>in %1, out %2</source>
        <translation>vào %1, ra %2</translation>
    </message>
</context>
<context>
    <name>SavingModel</name>
    <message>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <source>Per year (estimated)</source>
        <translation>Mỗi năm (ước tính)</translation>
    </message>
    <message>
        <source>Calculated by the option&apos;s calculation (Calculate saving…)</source>
        <translation>Được tính bằng phép tính của giải pháp (Tính tiết kiệm…)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Per year (monitored)</source>
        <translation>Mỗi năm (theo dõi)</translation>
    </message>
    <message>
        <source>Per year (verified)</source>
        <translation>Mỗi năm (kiểm chứng)</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Sĩ số</translation>
    </message>
    <message>
        <source>For a session whose attendance is not recorded person by person</source>
        <translation>Dùng cho buổi học không điểm danh từng người</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Người dự</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Người-ngày</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Tính theo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Your name, written on every reading you record</source>
        <translation>Tên của bạn, ghi kèm mọi số đo bạn nhập</translation>
    </message>
    <message>
        <source>Auditor (centre or company engineer)</source>
        <translation>Chuyên gia đánh giá (kỹ sư trung tâm hoặc doanh nghiệp)</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>Centre staff</source>
        <translation>Cán bộ trung tâm</translation>
    </message>
    <message>
        <source>As the language</source>
        <translation>Theo ngôn ngữ</translation>
    </message>
    <message>
        <source>Vietnamese: 2,57 and 93.200</source>
        <translation>Tiếng Việt: 2,57 và 93.200</translation>
    </message>
    <message>
        <source>English: 2.57 and 93,200</source>
        <translation>Tiếng Anh: 2.57 và 93,200</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>Per balance (water, energy): how far from closing a balance may be before the guided checks call it suspicious, in % of its inputs.</extracomment>
        <translation>Tên bạn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Cách viết số</translation>
    </message>
    <message>
        <source>Default factor set</source>
        <translation>Bộ hệ số mặc định</translation>
    </message>
    <message>
        <source>Data folder</source>
        <extracomment>The backups&apos; own settings, saved when the dialog is accepted.</extracomment>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Water balance: flag unaccounted beyond</source>
        <translation>Cân bằng nước: đánh dấu khi chênh lệch vượt</translation>
    </message>
    <message>
        <source>Energy balance: flag unaccounted beyond</source>
        <translation>Cân bằng năng lượng: đánh dấu khi chênh lệch vượt</translation>
    </message>
    <message>
        <source>The data folder holds the database opened at start. A new language applies at once; new assessments use the default factor set. A step or plant whose unaccounted share (in % of its inputs) passes the threshold is flagged in the guided checks and the reports, even when the reconciliation&apos;s test passes.</source>
        <translation>Thư mục dữ liệu chứa cơ sở dữ liệu được mở khi khởi động. Ngôn ngữ mới được áp dụng ngay; các đánh giá mới dùng bộ hệ số mặc định. Công đoạn hay toàn nhà máy có chênh lệch (theo % lượng vào) vượt ngưỡng sẽ được đánh dấu trong các bước kiểm tra của chế độ hướng dẫn và trong báo cáo, kể cả khi kiểm định của phép hiệu chỉnh cân bằng đạt.</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <source>First start: writing the example assessments into the new database…</source>
        <translation>Lần khởi động đầu tiên: đang ghi các đánh giá mẫu vào cơ sở dữ liệu mới…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>New process step</source>
        <translation>Công đoạn mới</translation>
    </message>
    <message>
        <source>Audit &amp;focus (a wasteful step chosen in task 3)</source>
        <translation>Trọng tâm đánh &amp;giá (công đoạn gây lãng phí chọn ở nhiệm vụ 3)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Mô tả</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>focus</source>
        <extracomment>Height of one boundary-stream row and the step between the staircase&apos;s vertical legs. Space between the box and its first boundary row. Port spacing: streams on one side of a box keep at least this far apart.</extracomment>
        <translation>trọng tâm</translation>
    </message>
</context>
<context>
    <name>StreamDialog</name>
    <message>
        <source>Stream</source>
        <extracomment>What a stream of each carrier most often is; the dialog proposes it until the user picks.</extracomment>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>Dòng mới</translation>
    </message>
    <message>
        <source>e.g. Steam to the dyeing machines</source>
        <translation>ví dụ: Hơi cho máy nhuộm</translation>
    </message>
    <message>
        <source>(plant boundary)</source>
        <translation>(ranh giới nhà máy)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Dạng</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đế&amp;n</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <source>(plant boundary)</source>
        <translation>(ranh giới nhà máy)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Dạng</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Pressure, bar(g)</source>
        <translation>Áp suất, bar(g)</translation>
    </message>
    <message>
        <source>Gauge pressure of steam or hot water, for its enthalpy</source>
        <translation>Áp suất dư của hơi hoặc nước nóng, để tính entanpi</translation>
    </message>
    <message>
        <source>Temperature, °C</source>
        <translation>Nhiệt độ, °C</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Số đo</translation>
    </message>
</context>
<context>
    <name>StreamsSection</name>
    <message>
        <source>Streams</source>
        <extracomment>The user asks to record a reading of this stream (None: no stream chosen).</extracomment>
        <translation>Các dòng</translation>
    </message>
    <message>
        <source>Add stream</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Số đo</translation>
    </message>
    <message>
        <source>Only the selected stream</source>
        <translation>Chỉ dòng đang chọn</translation>
    </message>
    <message>
        <source>Record a reading…</source>
        <translation>Nhập số đo…</translation>
    </message>
    <message>
        <source>Open the quick-entry form for the selected stream (Ctrl+M)</source>
        <translation>Mở ô nhập nhanh cho dòng đang chọn (Ctrl+M)</translation>
    </message>
    <message>
        <source>Every stream runs between two process steps or across the plant boundary. Numbers are typed in your notation: in Vietnamese 2,57 and 93.200.</source>
        <translation>Mỗi dòng đi giữa hai công đoạn hoặc qua ranh giới nhà máy. Số được nhập theo cách viết của bạn: tiếng Việt là 2,57 và 93.200.</translation>
    </message>
    <message>
        <source>Streams and readings</source>
        <translation>Dòng và số đo</translation>
    </message>
    <message>
        <source>No streams yet. Add what enters and leaves each step (water, energy, materials, waste); then record their readings here.</source>
        <translation>Chưa có dòng nào. Hãy thêm những gì vào và ra mỗi công đoạn (nước, năng lượng, nguyên vật liệu, chất thải); rồi nhập số đo của chúng tại đây.</translation>
    </message>
    <message>
        <source>Add the first stream</source>
        <translation>Thêm dòng đầu tiên</translation>
    </message>
    <message>
        <source>No streams yet. A stream runs into or out of a process step: list the steps first.</source>
        <translation>Chưa có dòng nào. Mỗi dòng đi vào hoặc ra khỏi một công đoạn sản xuất: trước hết hãy liệt kê các công đoạn.</translation>
    </message>
    <message>
        <source>Add a process step</source>
        <translation>Thêm công đoạn</translation>
    </message>
    <message>
        <source>Add a process step first: a stream runs into or out of one.</source>
        <translation>Hãy thêm công đoạn trước: một dòng phải đi vào hoặc ra khỏi một công đoạn.</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>Dòng mới</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Option type</source>
        <translation>Loại giải pháp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Investment, median USD</source>
        <translation>Vốn đầu tư, trung vị USD</translation>
    </message>
    <message>
        <source>Savings per year, median USD</source>
        <translation>Tiết kiệm mỗi năm, trung vị USD</translation>
    </message>
    <message>
        <source>Payback, median years</source>
        <translation>Thời gian hoàn vốn, trung vị năm</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Past cases with a monitored annual saving (task 16)</source>
        <translation>Các trường hợp đã có tiết kiệm hằng năm được giám sát (nhiệm vụ 16)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kiểm chứng</translation>
    </message>
    <message>
        <source>Past cases with a resource saving verified by measurement (IPMVP)</source>
        <translation>Các trường hợp đã có tiết kiệm tài nguyên được kiểm chứng bằng đo đạc (IPMVP)</translation>
    </message>
    <message>
        <source>Monitored ÷ estimated, median</source>
        <translation>Giám sát ÷ ước tính, trung vị</translation>
    </message>
    <message>
        <source>Share of the plant&apos;s use, median %</source>
        <translation>Tỷ lệ lượng sử dụng của DN, trung vị %</translation>
    </message>
    <message>
        <source>The saving in per cent of the plant&apos;s annual use of that carrier</source>
        <translation>Phần tiết kiệm tính theo phần trăm lượng sử dụng năm của doanh nghiệp đối với dạng năng lượng/tài nguyên đó</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions from the option library</source>
        <extracomment>The kinds of record whose changes may change the suggestions. How many suggestions the panel lists.</extracomment>
        <translation>Gợi ý từ thư viện giải pháp</translation>
    </message>
    <message>
        <source>Add as option</source>
        <translation>Thêm thành giải pháp</translation>
    </message>
    <message>
        <source>Add the selected type as an option of this assessment, linked to it; its figures are the library&apos;s medians, a starting estimate to replace with this plant&apos;s.</source>
        <translation>Thêm loại đang chọn thành một giải pháp của đánh giá này, có liên kết với loại đó; số liệu là trung vị của thư viện, một ước tính ban đầu cần thay bằng số liệu của nhà máy này.</translation>
    </message>
    <message>
        <source>Evidence from the centre&apos;s reference-data pack of %1.</source>
        <translation>Bằng chứng từ gói dữ liệu tham chiếu của trung tâm ngày %1.</translation>
    </message>
    <message>
        <source>Evidence from the options of every assessment in this database.</source>
        <translation>Bằng chứng từ các giải pháp của mọi đánh giá trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Types that fit a plant of the %1 sector, its flow chart and its largest losses; </source>
        <translation>Các loại phù hợp với một nhà máy ngành %1, sơ đồ quy trình và các tổn thất lớn nhất của nó; </translation>
    </message>
    <message>
        <source>No figure is drawn from fewer than 3 companies (“few cases”).</source>
        <translation>Không có số liệu nào lấy từ dưới 3 doanh nghiệp (“ít trường hợp”).</translation>
    </message>
    <message>
        <source>Select a suggestion first.</source>
        <translation>Hãy chọn một gợi ý trước.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>%1 cannot be imported in this window.</source>
        <translation>Không thể nhập %1 trong cửa sổ này.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Xuất gói dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>Xử &amp;lý xung đột</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <source>Bundle imported; the undo history was cleared</source>
        <translation>Đã nhập gói dữ liệu; lịch sử hoàn tác đã bị xoá</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Xung đột: %1</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Task 1: the company&apos;s CP team, with the centre&apos;s experts. A leader from management keeps the assessment moving.</source>
        <translation>Nhiệm vụ 1: đội SXSH của doanh nghiệp, cùng các chuyên gia của trung tâm. Một trưởng nhóm từ ban lãnh đạo giúp đánh giá tiến triển.</translation>
    </message>
    <message>
        <source>No one in the CP team yet. Add the company&apos;s members and the centre&apos;s experts, starting with the leader from management.</source>
        <translation>Đội SXSH chưa có thành viên nào. Hãy thêm các thành viên của doanh nghiệp và chuyên gia của trung tâm, bắt đầu với trưởng nhóm từ ban lãnh đạo.</translation>
    </message>
    <message>
        <source>Add the first member</source>
        <translation>Thêm thành viên đầu tiên</translation>
    </message>
    <message>
        <source>CP team</source>
        <translation>Đội SXSH</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thành viên mới</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Thêm thành viên đội</translation>
    </message>
</context>
<context>
    <name>TrainingComparison</name>
    <message>
        <source>Balance unaccounted, % of inputs</source>
        <translation>Chênh lệch cân bằng, % lượng vào</translation>
    </message>
    <message>
        <source>Flows per year</source>
        <translation>Lưu lượng các dòng trong năm</translation>
    </message>
    <message>
        <source>Options found, by category</source>
        <translation>Giải pháp tìm được, theo nhóm</translation>
    </message>
    <message>
        <source>Economics of all options</source>
        <translation>Hiệu quả kinh tế của tất cả giải pháp</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>toàn nhà máy</translation>
    </message>
    <message>
        <source>All options</source>
        <translation>Tất cả giải pháp</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>Annual savings</source>
        <translation>Tiết kiệm hàng năm</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>Thời gian hoàn vốn giản đơn</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>Required tasks done</source>
        <translation>Nhiệm vụ bắt buộc đã xong</translation>
    </message>
    <message>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <source>Missing: the reference has this figure, the trainee not</source>
        <translation>Thiếu: bài mẫu có số liệu này, học viên thì không</translation>
    </message>
    <message>
        <source>Not in the reference</source>
        <translation>Không có trong bài mẫu</translation>
    </message>
    <message>
        <source>%1 points from the reference</source>
        <translation>lệch %1 điểm so với bài mẫu</translation>
    </message>
    <message>
        <source>%1 from the reference (%2)</source>
        <translation>lệch %1 so với bài mẫu (%2)</translation>
    </message>
    <message>
        <source>%1 from the reference</source>
        <translation>lệch %1 so với bài mẫu</translation>
    </message>
    <message>
        <source>category missing</source>
        <translation>thiếu nhóm</translation>
    </message>
    <message>
        <source>beyond the tolerance</source>
        <translation>vượt dung sai</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Bài mẫu</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>Đà&amp;o tạo</translation>
    </message>
    <message>
        <source>&amp;Prepare practical module…</source>
        <translation>&amp;Soạn mô-đun thực hành…</translation>
    </message>
    <message>
        <source>Practical &amp;modules and results…</source>
        <translation>&amp;Mô-đun thực hành và kết quả…</translation>
    </message>
    <message>
        <source>&amp;Return my results to the trainer…</source>
        <translation>&amp;Gửi kết quả của tôi cho giảng viên…</translation>
    </message>
    <message>
        <source>Return my results to the trainer</source>
        <translation>Gửi kết quả của tôi cho giảng viên</translation>
    </message>
    <message>
        <source>Open your copy of the practical module first.</source>
        <translation>Hãy mở bản mô-đun thực hành của bạn trước.</translation>
    </message>
    <message>
        <source>The trainer&apos;s key file</source>
        <translation>Tệp khoá của giảng viên</translation>
    </message>
    <message>
        <source>cpdesk keys (*.cpdeskkey)</source>
        <translation>Khoá cpdesk (*.cpdeskkey)</translation>
    </message>
    <message>
        <source>cpdesk bundles (*.cpdx)</source>
        <translation>Gói dữ liệu cpdesk (*.cpdx)</translation>
    </message>
    <message>
        <source>Results written to %1 for %2</source>
        <translation>Đã ghi kết quả vào %1 cho %2</translation>
    </message>
</context>
<context>
    <name>TrainingModels</name>
    <message>
        <source>no value</source>
        <translation>chưa có giá trị</translation>
    </message>
</context>
<context>
    <name>TrainingRecordsDialog</name>
    <message>
        <source>Training records of the centre</source>
        <translation>Hồ sơ đào tạo của trung tâm</translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation>Khoá đào tạo &amp;mới</translation>
    </message>
    <message>
        <source>Add &amp;session</source>
        <translation>Thêm &amp;buổi học</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Thêm mô-đ&amp;un</translation>
    </message>
    <message>
        <source>A&amp;dd participant</source>
        <translation>Thêm người tham &amp;gia</translation>
    </message>
    <message>
        <source>Add wor&amp;kshop</source>
        <translation>Thêm hội thả&amp;o</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>cả các ngày</translation>
    </message>
    <message>
        <source>&amp;Record attendance</source>
        <translation>Ghi điểm &amp;danh</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Số ngà&amp;y:</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Số chứng chỉ</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>&amp;Cấp chứng chỉ</translation>
    </message>
    <message>
        <source>Sessions and attendance</source>
        <translation>Buổi học và điểm danh</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Khoá đào tạo</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Người tham gia</translation>
    </message>
    <message>
        <source>&amp;Workshops and seminars</source>
        <translation>&amp;Hội thảo và toạ đàm</translation>
    </message>
    <message>
        <source>%1 courses, %2 participants, %3 workshops and seminars</source>
        <translation>%1 khoá đào tạo, %2 người tham gia, %3 hội thảo và toạ đàm</translation>
    </message>
    <message>
        <source>Choose a course above to see its sessions, modules and certificates.</source>
        <translation>Chọn một khoá đào tạo ở trên để xem buổi học, mô-đun và chứng chỉ của khoá.</translation>
    </message>
    <message>
        <source>%1 sessions, %2 days, %3 person-days (%4)</source>
        <translation>%1 buổi học, %2 ngày, %3 người-ngày (%4)</translation>
    </message>
    <message>
        <source>Choose a session to record its attendance.</source>
        <translation>Chọn một buổi học để ghi điểm danh.</translation>
    </message>
    <message>
        <source>Attendance on %1 (days: %2): %3 person-days, counted from %4</source>
        <translation>Điểm danh ngày %1 (số ngày: %2): %3 người-ngày, tính theo %4</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Khoá đào tạo mới</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Mô-đun %1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Người tham gia mới</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Hội thảo mới</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Ghi điểm danh</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Cấp chứng chỉ</translation>
    </message>
</context>
<context>
    <name>VerificationPlots</name>
    <message>
        <source>reporting period</source>
        <extracomment>Ticks along the time axis at most (the months&apos; names must not run into each other). The series drawn (name -&gt; y values), for tests and for nothing else.</extracomment>
        <translation>kỳ báo cáo</translation>
    </message>
    <message>
        <source>The mean model has no driver to draw against</source>
        <translation>Mô hình trung bình không có biến tác động để vẽ theo</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 theo %2</translation>
    </message>
    <message>
        <source>Prediction band, %1 %</source>
        <translation>Dải dự báo, %1 %</translation>
    </message>
    <message>
        <source>Baseline model</source>
        <translation>Mô hình đường cơ sở</translation>
    </message>
    <message>
        <source>Baseline periods</source>
        <translation>Các kỳ cơ sở</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Các kỳ báo cáo</translation>
    </message>
    <message>
        <source>Baseline and actual</source>
        <translation>Đường cơ sở và thực tế</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Đường cơ sở</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>CUSUM of %1</source>
        <translation>CUSUM của %1</translation>
    </message>
    <message>
        <source>actual − baseline, %1</source>
        <translation>thực tế − đường cơ sở, %1</translation>
    </message>
    <message>
        <source>CUSUM</source>
        <translation>CUSUM</translation>
    </message>
</context>
<context>
    <name>VerificationSection</name>
    <message>
        <source>Period readings</source>
        <extracomment>The data intervals offered, &quot;&quot; choosing from the periods&apos; lengths.</extracomment>
        <translation>Số liệu theo kỳ</translation>
    </message>
    <message>
        <source>Import CSV or XLSX…</source>
        <translation>Nhập CSV hoặc XLSX…</translation>
    </message>
    <message>
        <source>A table of one row a period: its first and last day (or its month), a column a variable named with its unit, e.g. “electricity (kWh)”, “production (t)”</source>
        <translation>Một bảng mỗi dòng một kỳ: ngày đầu và ngày cuối (hoặc tháng), mỗi cột một biến có ghi đơn vị, ví dụ “điện (kWh)”, “sản lượng (t)”</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Thêm số liệu</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Biến</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>No period readings yet. Type each month&apos;s bill and production in the row above, or import a table of them kept from the utility bills and the production log.</source>
        <translation>Chưa có số liệu theo kỳ. Nhập hoá đơn và sản lượng từng tháng ở dòng trên, hoặc nhập một bảng lấy từ hoá đơn điện nước và sổ sản xuất.</translation>
    </message>
    <message>
        <source>from the periods</source>
        <translation>theo các kỳ</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>hàng tháng</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hàng ngày</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>hàng giờ</translation>
    </message>
    <message>
        <source>Reporting period from</source>
        <translation>Kỳ báo cáo từ</translation>
    </message>
    <message>
        <source>after the last option</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>Empty: the day the last implemented option was put in place</source>
        <translation>Để trống: ngày giải pháp cuối cùng được thực hiện</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Dạng</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Biến tác động</translation>
    </message>
    <message>
        <source>Second driver</source>
        <translation>Biến tác động thứ hai</translation>
    </message>
    <message>
        <source>Data interval</source>
        <translation>Chu kỳ số liệu</translation>
    </message>
    <message>
        <source>Reporting from</source>
        <translation>Báo cáo từ</translation>
    </message>
    <message>
        <source>Record as verified saving</source>
        <translation>Ghi thành tiết kiệm đã kiểm chứng</translation>
    </message>
    <message>
        <source>Record this saving, brought to a year, with its 90 % uncertainty on the option&apos;s saving of the carrier (Ctrl+Z undoes it). From the plant&apos;s bills it is the saving of every option implemented before the reporting period: record it on the option that stands for them.</source>
        <translation>Ghi phần tiết kiệm này, quy ra một năm, cùng độ không đảm bảo 90 %, vào phần tiết kiệm của giải pháp cho dạng đó (Ctrl+Z để hoàn tác). Tính từ hoá đơn của nhà máy, đây là tiết kiệm của mọi giải pháp đã thực hiện trước kỳ báo cáo: hãy ghi vào giải pháp đại diện cho chúng.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Against production</source>
        <translation>Theo sản lượng</translation>
    </message>
    <message>
        <source>Baseline and actual</source>
        <translation>Đường cơ sở và thực tế</translation>
    </message>
    <message>
        <source>CUSUM</source>
        <translation>CUSUM</translation>
    </message>
    <message>
        <source>Baseline and savings</source>
        <translation>Đường cơ sở và tiết kiệm</translation>
    </message>
    <message>
        <source>Tasks 16 to 18: measurement and verification (IPMVP option C). Enter the bills and the production month by month, before and after the options; the baseline fitted on the months before says what the plant would have used, and the difference is the verified saving.</source>
        <translation>Nhiệm vụ 16 đến 18: đo lường và kiểm chứng (IPMVP phương án C). Nhập hoá đơn và sản lượng từng tháng, trước và sau khi thực hiện giải pháp; đường cơ sở khớp trên các tháng trước cho biết nhà máy lẽ ra đã dùng bao nhiêu, và phần chênh lệch là tiết kiệm đã kiểm chứng.</translation>
    </message>
    <message>
        <source>Monitoring and verification</source>
        <translation>Đo lường và kiểm chứng</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>No readings of a carrier yet.</source>
        <translation>Chưa có số liệu tiêu thụ nào.</translation>
    </message>
    <message>
        <source>Fitting the baseline…</source>
        <translation>Đang khớp đường cơ sở…</translation>
    </message>
    <message>
        <source>Verified saving: %1</source>
        <translation>Tiết kiệm đã kiểm chứng: %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Theo %1</translation>
    </message>
    <message>
        <source>Add a reading of %1</source>
        <translation>Thêm số liệu %1</translation>
    </message>
    <message>
        <source>%1 readings imported</source>
        <translation>Đã nhập %1 số liệu</translation>
    </message>
    <message>
        <source>Record the verified saving of %1</source>
        <translation>Ghi tiết kiệm đã kiểm chứng của %1</translation>
    </message>
    <message>
        <source>Baseline model</source>
        <translation>Mô hình đường cơ sở</translation>
    </message>
    <message>
        <source>Savings in the reporting period</source>
        <translation>Tiết kiệm trong kỳ báo cáo</translation>
    </message>
</context>
<context>
    <name>WasteParetoView</name>
    <message>
        <source>Annual cost, %1</source>
        <translation>Chi phí hàng năm, %1</translation>
    </message>
    <message>
        <source>Cumulative share, %</source>
        <translation>Tỷ lệ cộng dồn, %</translation>
    </message>
    <message>
        <source>Waste streams by annual cost (Pareto)</source>
        <translation>Dòng thải theo chi phí hàng năm (Pareto)</translation>
    </message>
</context>
<context>
    <name>WasteSection</name>
    <message>
        <source>Waste streams</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <source>Add waste stream</source>
        <translation>Thêm dòng thải</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Thêm nguyên nhân</translation>
    </message>
    <message>
        <source>Only the selected waste stream</source>
        <translation>Chỉ dòng thải đang chọn</translation>
    </message>
    <message>
        <source>Task 6: a waste stream costs what is lost in it plus its treatment and disposal. Task 7: for each, the causes: raw material, technology, equipment, process control, housekeeping, product, waste not reused, people.</source>
        <translation>Nhiệm vụ 6: chi phí dòng thải gồm giá trị bị mất theo nó cộng chi phí xử lý và thải bỏ. Nhiệm vụ 7: nguyên nhân của từng dòng: nguyên liệu, công nghệ, thiết bị, kiểm soát quá trình, quản lý nội vi, sản phẩm, chất thải không được tái sử dụng, con người.</translation>
    </message>
    <message>
        <source>No waste streams yet. Add each waste stream (waste water, sludge, off-cuts, lost heat) with what it costs a year; then the causes of each.</source>
        <translation>Chưa có dòng thải nào. Hãy thêm từng dòng thải (nước thải, bùn, phế liệu cắt, nhiệt thất thoát) cùng chi phí hàng năm của nó; rồi đến nguyên nhân phát sinh của từng dòng.</translation>
    </message>
    <message>
        <source>Add the first waste stream</source>
        <translation>Thêm dòng thải đầu tiên</translation>
    </message>
    <message>
        <source>Waste costs and causes</source>
        <translation>Chi phí và nguyên nhân dòng thải</translation>
    </message>
    <message>
        <source>New waste stream</source>
        <translation>Dòng thải mới</translation>
    </message>
    <message>
        <source>Select the waste stream the cause belongs to.</source>
        <translation>Hãy chọn dòng thải có nguyên nhân này.</translation>
    </message>
    <message>
        <source>(describe the cause)</source>
        <translation>(mô tả nguyên nhân)</translation>
    </message>
</context>
<context>
    <name>WasteStreamModel</name>
    <message>
        <source>Waste stream</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <source>Quantity per year</source>
        <translation>Lượng mỗi năm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Value lost per unit, %1</source>
        <translation>Giá trị mất/đơn vị, %1</translation>
    </message>
    <message>
        <source>What the raw material, water or energy in one unit of this waste cost</source>
        <translation>Giá trị nguyên liệu, nước hay năng lượng chứa trong một đơn vị dòng thải này</translation>
    </message>
    <message>
        <source>Treatment per year, %1</source>
        <translation>Chi phí xử lý/năm, %1</translation>
    </message>
    <message>
        <source>Cost per year, %1</source>
        <translation>Chi phí/năm, %1</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Edit %1</source>
        <extracomment>How many times one edit asks before giving up (the record keeps changing under the merge). What changed (a :class:`~cpdesk.core.entities.Change`). an undo or redo could not be carried out (the error, for a message box).</extracomment>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Delete %1 (%2)</source>
        <translation>Xoá %1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>WorkshopModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Người-ngày</translation>
    </message>
    <message>
        <source>Days × participants</source>
        <translation>Số ngày × người tham gia</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
</TS>
