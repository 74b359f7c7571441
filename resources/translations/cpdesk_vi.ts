<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
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
        <translation>Sửa công đoạn %s</translation>
    </message>
    <message>
        <source>Edit stream %s</source>
        <translation>Sửa dòng %s</translation>
    </message>
</context>
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
        <extracomment>Every figure may have changed, the rows have not: views repaint.</extracomment>
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
        <source>Closure, %</source>
        <translation>Chênh lệch, %</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Đo được</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Đã hiệu chỉnh</translation>
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
        <source>Reconciled closure: %1 %</source>
        <translation>Chênh lệch sau hiệu chỉnh: %1 %</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>chưa đo</translation>
    </message>
    <message>
        <source>Flagged: the adjustment of this reading is too large to be chance (gross error test)</source>
        <translation>Bị đánh dấu: mức hiệu chỉnh số đo này quá lớn để là ngẫu nhiên (kiểm định sai số thô)</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>đã hiệu chỉnh</translation>
    </message>
    <message>
        <source>as read</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>tính ra</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>bị đánh dấu</translation>
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
        <source>Task 5: every reading brought to a year through the operating hours, days, batches and production. Closure is the unaccounted share of what enters a step.</source>
        <translation>Nhiệm vụ 5: mọi số đo được quy về năm theo số giờ, số ngày vận hành, số mẻ và sản lượng. Chênh lệch là phần không giải thích được của lượng vào một công đoạn.</translation>
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
        <source>Plant: in %1, out %2, unaccounted %3 %4 per year (closure %5 %).</source>
        <translation>Nhà máy: vào %1, ra %2, chênh lệch %3 %4/năm (%5 %).</translation>
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
    <name>CarrierFamily</name>
    <message>
        <source>Water, condensate</source>
        <extracomment>Families in the order a legend lists them.</extracomment>
        <translation>Nước, nước ngưng</translation>
    </message>
    <message>
        <source>Wastewater</source>
        <translation>Nước thải</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Hơi nước</translation>
    </message>
    <message>
        <source>Fuels</source>
        <translation>Nhiên liệu</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Điện</translation>
    </message>
    <message>
        <source>Heat losses</source>
        <translation>Tổn thất nhiệt</translation>
    </message>
    <message>
        <source>Materials, products</source>
        <translation>Nguyên vật liệu, sản phẩm</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>Chất thải rắn</translation>
    </message>
    <message>
        <source>Flue gas, emissions</source>
        <translation>Khói thải, khí phát thải</translation>
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
    <name>Entry</name>
    <message>
        <source>A number is required.</source>
        <extracomment>Set when the entry was read in the user&apos;s notation but could mean another number.</extracomment>
        <translation>Cần nhập một số.</translation>
    </message>
    <message>
        <source>“%1” is not a unit cpdesk knows (for example m³, kWh, t/h).</source>
        <translation>“%1” không phải đơn vị cpdesk biết (ví dụ m³, kWh, t/h).</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Cần nhập ngày.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2004-03-01.</source>
        <translation>“%1” không phải ngày: hãy nhập theo dạng 2004-03-01.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a value is required</source>
        <translation>cần nhập giá trị</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>phải lớn hơn không</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>phải ít nhất là %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>không được quá %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <source>is a unit of %1; this needs %2</source>
        <translation>là đơn vị của %1; ở đây cần %2</translation>
    </message>
    <message>
        <source>is not a unit cpdesk knows</source>
        <translation>không phải đơn vị cpdesk biết</translation>
    </message>
    <message>
        <source>say why the option was rejected first</source>
        <translation>hãy ghi lý do loại bỏ giải pháp trước</translation>
    </message>
    <message>
        <source>only an implemented option has monitored savings</source>
        <translation>chỉ giải pháp đã thực hiện mới có tiết kiệm theo dõi được</translation>
    </message>
    <message>
        <source>another step of this assessment has this name</source>
        <translation>một công đoạn khác của đánh giá này đã có tên này</translation>
    </message>
    <message>
        <source>is the same step as the source</source>
        <translation>trùng với công đoạn nguồn</translation>
    </message>
    <message>
        <source>a stream needs a source or a target step</source>
        <translation>dòng cần có công đoạn nguồn hoặc công đoạn đích</translation>
    </message>
    <message>
        <source>is before the start date %1</source>
        <translation>sớm hơn ngày bắt đầu %1</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dài hơn %1 ký tự</translation>
    </message>
    <message>
        <source>belongs to another assessment</source>
        <translation>thuộc một đánh giá khác</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <source>“%1” can be read as %2 or as %3. Type %4 for %2, or %5 for %3.</source>
        <translation>“%1” có thể hiểu là %2 hoặc %3. Nhập %4 nếu là %2, hoặc %5 nếu là %3.</translation>
    </message>
    <message>
        <source>A number is required.</source>
        <translation>Cần nhập một số.</translation>
    </message>
    <message>
        <source>“%1” is not a number in %2 notation.</source>
        <translation>“%1” không phải là số theo cách viết %2.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Có phải bạn muốn nhập %1?</translation>
    </message>
    <message>
        <source>In Vietnamese notation “,” is the decimal mark and “.” groups thousands: 2,57 or 93.200.</source>
        <translation>Theo cách viết tiếng Việt, “,” là dấu thập phân và “.” phân cách hàng nghìn: 2,57 hoặc 93.200.</translation>
    </message>
    <message>
        <source>In English notation “.” is the decimal mark and “,” groups thousands: 2.57 or 93,200.</source>
        <translation>Theo cách viết tiếng Anh, “.” là dấu thập phân và “,” phân cách hàng nghìn: 2.57 hoặc 93,200.</translation>
    </message>
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
    <name>FlowChartSection</name>
    <message>
        <source>Add step</source>
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
        <extracomment>Steps placed by the automatic layout, not yet stored.</extracomment>
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
    <name>HomePage</name>
    <message>
        <source>Programmes</source>
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
        <source>the next line names the columns</source>
        <translation>dòng tiếp theo là tên các cột</translation>
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
        <source>Cannot read the file: %s</source>
        <translation>Không đọc được tệp: %s</translation>
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
</context>
<context>
    <name>LoggerViewer</name>
    <message>
        <source>%s points from %s</source>
        <extracomment>Series up to this many points are selected whole when the viewer opens. Emitted with the MeasurementRow after a figure was saved as a measurement.</extracomment>
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
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>(the series&apos; stream)</source>
        <translation>(dòng của chuỗi số liệu)</translation>
    </message>
    <message>
        <source>Save as measurement</source>
        <translation>Lưu thành số đo</translation>
    </message>
    <message>
        <source>share of time (%)</source>
        <translation>tỷ lệ thời gian (%)</translation>
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
        <source>Load-duration curve</source>
        <translation>Đường cong phụ tải – thời gian</translation>
    </message>
    <message>
        <source>Daily profile</source>
        <translation>Biểu đồ phụ tải ngày</translation>
    </message>
    <message>
        <source>Weekly profile</source>
        <translation>Biểu đồ phụ tải tuần</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Số đo</translation>
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
        <source>Minimum</source>
        <translation>Nhỏ nhất</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <source>Base load (P%s)</source>
        <translation>Phụ tải nền (P%s)</translation>
    </message>
    <message>
        <source>Peak demand (%s min)</source>
        <translation>Phụ tải đỉnh (%s phút)</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Hệ số phụ tải</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Thể tích</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Khối lượng</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Chưa lưu: %s</translation>
    </message>
    <message>
        <source>Saved: %s %s for %s</source>
        <translation>Đã lưu: %s %s cho %s</translation>
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
        <source>No logger series in this assessment yet.</source>
        <translation>Đánh giá này chưa có chuỗi số liệu từ bộ ghi dữ liệu.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>cpdesk: Cleaner Production assessments</source>
        <extracomment>Workspace sections reachable with Ctrl+1 ... Ctrl+9 and Ctrl+0, in list order. The user chose other preferences (the application applies and saves them). The user wants another database opened (its path).</extracomment>
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
        <source>&amp;New assessment…</source>
        <translation>Đánh giá &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Xuất báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find in navigator</source>
        <translation>&amp;Tìm trong danh mục</translation>
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
        <source>Add process &amp;step</source>
        <translation>Thêm &amp;công đoạn</translation>
    </message>
    <message>
        <source>Add s&amp;tream</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Thêm &amp;giải pháp</translation>
    </message>
    <message>
        <source>Re&amp;concile the balance</source>
        <translation>&amp;Hiệu chỉnh cân bằng</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About cpdesk</source>
        <translation>&amp;Giới thiệu cpdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Go to section</source>
        <translation>Đến &amp;mục</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Đánh &amp;giá</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Thanh công cụ</translation>
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
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Quick entry: save the reading, start the next</source>
        <translation>Nhập nhanh: lưu số đo, sang số đo tiếp theo</translation>
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
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại: %1</translation>
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
        <source>A number is required.</source>
        <extracomment>CHOICE: (code, label) pairs; UNIT: the units offered. Per row, as units depend on it. The editing entity (&quot;stream&quot;, &quot;measurement&quot; ...) that updates are sent for. Cells whose entry was taken in the user&apos;s notation but could have meant another number: the note says so (amber) until the cell is edited again.</extracomment>
        <translation>Cần nhập một số.</translation>
    </message>
    <message>
        <source>“%1” is not a unit cpdesk knows (for example m³, kWh, t/h).</source>
        <translation>“%1” không phải đơn vị cpdesk biết (ví dụ m³, kWh, t/h).</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Cần nhập ngày.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2004-03-01.</source>
        <translation>“%1” không phải ngày: hãy nhập theo dạng 2004-03-01.</translation>
    </message>
    <message>
        <source>Choose a value.</source>
        <translation>Hãy chọn một giá trị.</translation>
    </message>
    <message>
        <source>Not saved: %1 %2</source>
        <translation>Chưa lưu: %1 %2</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search programmes, companies, assessments…</source>
        <translation>Tìm chương trình, doanh nghiệp, đánh giá…</translation>
    </message>
    <message>
        <source>All programmes and companies</source>
        <translation>Mọi chương trình và doanh nghiệp</translation>
    </message>
    <message>
        <source>Companies without an assessment</source>
        <translation>Doanh nghiệp chưa có đánh giá</translation>
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
        <source>Extra costs per year, %1</source>
        <translation>Chi phí thêm/năm, %1</translation>
    </message>
    <message>
        <source>Lifetime, years</source>
        <translation>Tuổi thọ, năm</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>No investment: pays back at once; IRR is not defined.</source>
        <translation>Không cần đầu tư: hoàn vốn ngay; không xác định IRR.</translation>
    </message>
    <message>
        <source>No net annual savings: the option never pays back.</source>
        <translation>Không có tiết kiệm ròng hàng năm: giải pháp không bao giờ hoàn vốn.</translation>
    </message>
    <message>
        <source>Extra costs eat the savings: the option never pays back.</source>
        <translation>Chi phí thêm vượt tiết kiệm: giải pháp không bao giờ hoàn vốn.</translation>
    </message>
    <message>
        <source>Simple payback is longer than the lifetime.</source>
        <translation>Thời gian hoàn vốn giản đơn dài hơn tuổi thọ.</translation>
    </message>
    <message>
        <source>Discounted savings do not repay it within the lifetime.</source>
        <translation>Tiết kiệm chiết khấu không hoàn đủ vốn trong tuổi thọ.</translation>
    </message>
    <message>
        <source>No VND per USD exchange rate: USD figures not computed.</source>
        <translation>Chưa có tỷ giá VND/USD: không tính số liệu bằng USD.</translation>
    </message>
    <message>
        <source>Only VND and USD assessments are converted to USD.</source>
        <translation>Chỉ đánh giá bằng VND và USD mới được quy đổi sang USD.</translation>
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
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Thêm giải pháp</translation>
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
        <source>Add resource saving</source>
        <translation>Thêm tài nguyên tiết kiệm</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
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
        <source>%1 of 18 tasks done</source>
        <translation>đã xong %1/18 nhiệm vụ</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>PaybackNpvView</name>
    <message>
        <source>no payback</source>
        <extracomment>(code, payback years or None, NPV in the currency), in drawing order.</extracomment>
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
    <name>Progress</name>
    <message>
        <source>No team member yet.</source>
        <extracomment>The workspace section where each task is done.</extracomment>
        <translation>Chưa có thành viên đội.</translation>
    </message>
    <message>
        <source>The team has no leader.</source>
        <translation>Đội chưa có trưởng nhóm.</translation>
    </message>
    <message>
        <source>List at least two process steps.</source>
        <translation>Hãy liệt kê ít nhất hai công đoạn.</translation>
    </message>
    <message>
        <source>No step is marked as audit focus.</source>
        <translation>Chưa có công đoạn nào được chọn làm trọng tâm đánh giá.</translation>
    </message>
    <message>
        <source>No streams yet.</source>
        <translation>Chưa có dòng nào.</translation>
    </message>
    <message>
        <source>Steps without streams: %1.</source>
        <translation>Công đoạn chưa có dòng: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 streams have no reading.</source>
        <translation>%1 trong %2 dòng chưa có số đo.</translation>
    </message>
    <message>
        <source>No waste stream costed yet.</source>
        <translation>Chưa tính chi phí dòng thải nào.</translation>
    </message>
    <message>
        <source>Waste streams without a cause: %1.</source>
        <translation>Dòng thải chưa có nguyên nhân: %1.</translation>
    </message>
    <message>
        <source>No option yet.</source>
        <translation>Chưa có giải pháp nào.</translation>
    </message>
    <message>
        <source>%1 options not screened.</source>
        <translation>%1 giải pháp chưa sàng lọc.</translation>
    </message>
    <message>
        <source>%1 options needing study have no technical notes.</source>
        <translation>%1 giải pháp cần nghiên cứu thêm chưa có ghi chú kỹ thuật.</translation>
    </message>
    <message>
        <source>%1 options without investment or savings.</source>
        <translation>%1 giải pháp chưa có vốn đầu tư hay tiết kiệm.</translation>
    </message>
    <message>
        <source>%1 options without resource savings (no CO₂ figure).</source>
        <translation>%1 giải pháp chưa có tài nguyên tiết kiệm (chưa tính được CO₂).</translation>
    </message>
    <message>
        <source>No option selected for implementation.</source>
        <translation>Chưa chọn giải pháp nào để thực hiện.</translation>
    </message>
    <message>
        <source>No option implemented yet.</source>
        <translation>Chưa thực hiện giải pháp nào.</translation>
    </message>
    <message>
        <source>%1 implemented options not monitored.</source>
        <translation>%1 giải pháp đã thực hiện chưa được theo dõi.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>%v of 18 tasks done</source>
        <extracomment>The user wants to work on a task: the workspace section key.</extracomment>
        <translation>đã xong %v/18 nhiệm vụ</translation>
    </message>
    <message>
        <source>Note on this task…</source>
        <translation>Ghi chú cho nhiệm vụ này…</translation>
    </message>
    <message>
        <source>Open an assessment to follow its 18 tasks.</source>
        <translation>Mở một đánh giá để theo dõi 18 nhiệm vụ của nó.</translation>
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
    <name>RecordTable</name>
    <message>
        <source>Filter (no accents needed)…</source>
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
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Assessment summary (PDF)</source>
        <translation>Báo cáo tóm tắt đánh giá (PDF)</translation>
    </message>
    <message>
        <source>Assessment tables (Excel)</source>
        <translation>Bảng số liệu đánh giá (Excel)</translation>
    </message>
    <message>
        <source>Task worksheets (PDF)</source>
        <translation>Phiếu công việc theo nhiệm vụ (PDF)</translation>
    </message>
    <message>
        <source>Programme summary (PDF)</source>
        <translation>Báo cáo tổng hợp chương trình (PDF)</translation>
    </message>
    <message>
        <source>Programme tables (Excel)</source>
        <translation>Bảng số liệu chương trình (Excel)</translation>
    </message>
    <message>
        <source>Blank task worksheets (PDF)</source>
        <translation>Phiếu công việc trống (PDF)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
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
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Per year (monitored)</source>
        <translation>Mỗi năm (theo dõi)</translation>
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
        <source>Lengthen every text (to check layouts when translating)</source>
        <translation>Kéo dài mọi chuỗi chữ (để kiểm tra bố cục khi dịch)</translation>
    </message>
    <message>
        <source>Your name</source>
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
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>The data folder holds the database opened at start. A new language applies at once; new assessments use the default factor set.</source>
        <translation>Thư mục dữ liệu chứa cơ sở dữ liệu được mở khi khởi động. Ngôn ngữ mới có hiệu lực ngay; các đánh giá mới dùng bộ hệ số mặc định.</translation>
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
        <source>Add a process step first: a stream runs into or out of one.</source>
        <translation>Hãy thêm công đoạn trước: một dòng phải đi vào hoặc ra khỏi một công đoạn.</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>Dòng mới</translation>
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
    <name>Typed</name>
    <message>
        <source>“%1” is read as %2 (“%3” groups thousands in your notation). For %4, type %5.</source>
        <translation>“%1” được hiểu là %2 (“%3” phân cách hàng nghìn trong cách viết của bạn). Nếu là %4, hãy nhập %5.</translation>
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
        <source>programme</source>
        <extracomment>Sent in :attr:`Workbench.changed` when the change is not known in detail.</extracomment>
        <translation>chương trình</translation>
    </message>
    <message>
        <source>company</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>thành viên đội</translation>
    </message>
    <message>
        <source>task</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <source>process step</source>
        <translation>công đoạn</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>dòng</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>số đo</translation>
    </message>
    <message>
        <source>waste stream</source>
        <translation>dòng thải</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>nguyên nhân</translation>
    </message>
    <message>
        <source>option</source>
        <translation>giải pháp</translation>
    </message>
    <message>
        <source>resource saving</source>
        <translation>tài nguyên tiết kiệm</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>frozenset of entity names that changed (``{&quot;*&quot;}`` when not known). an undo or redo could not be carried out (the error, for a message box). Streams whose reading the last reconciliation flagged, by assessment (the balance section finds them; the stream tables highlight them).</extracomment>
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
<context>
    <name>widget</name>
    <message>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Nhỏ nhất</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Phân vị 95</translation>
    </message>
    <message>
        <source>Base load</source>
        <translation>Phụ tải nền</translation>
    </message>
    <message>
        <source>Peak demand</source>
        <translation>Phụ tải đỉnh</translation>
    </message>
    <message>
        <source>Total over the range</source>
        <translation>Tổng trong khoảng</translation>
    </message>
    <message>
        <source>Total per day</source>
        <translation>Tổng mỗi ngày</translation>
    </message>
</context>
</TS>
