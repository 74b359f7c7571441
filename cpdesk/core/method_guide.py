"""The method's guide for trainees: what each of the 18 tasks is for, and its worksheet.

Written for cpdesk after the UNEP/UNIDO CP assessment method (6 steps, 18 tasks) as the
national CP centre teaches it; Vietnamese terms after the project glossary. Task titles and
worksheet names come with the methodology reference data (``resources/reference``); this
module adds, per task, a short explanation of its purpose, the items its worksheet asks
for, and the workbench section where the task is done.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpdesk.core.guidance import TASK_STEP


@dataclass(frozen=True)
class TaskGuide:
    """One task: its purpose and worksheet items in vi and en, and where it is done."""

    task_no: int
    section: str
    purpose: dict[str, str]
    worksheet: tuple[dict[str, str], ...]

    @property
    def step_no(self) -> int:
        return TASK_STEP[self.task_no]

    def items(self, lang: str) -> list[str]:
        """The worksheet's items in ``lang``."""
        return [item[lang] for item in self.worksheet]


def _items(*pairs: tuple[str, str]) -> tuple[dict[str, str], ...]:
    return tuple({"vi": vi, "en": en} for vi, en in pairs)


GUIDES: tuple[TaskGuide, ...] = (
    TaskGuide(
        1,
        "team",
        {
            "vi": "Đánh giá SXSH do đội SXSH của chính doanh nghiệp thực hiện, gồm người đủ quyền quyết định "
            "và người hiểu rõ sản xuất. Đội trưởng điều phối công việc và báo cáo lãnh đạo. Trung tâm "
            "và học viên tham gia như chuyên gia hỗ trợ.",
            "en": "A CP assessment is carried out by the company's own team, with people who can decide and "
            "people who know production well. The team leader coordinates the work and reports to "
            "management; centre experts and trainees support the team.",
        },
        _items(
            ("Họ tên từng thành viên", "Name of each member"),
            ("Vai trò trong đội (đội trưởng, thành viên, chuyên gia…)", "Role in the team (leader, member, expert…)"),
            ("Đơn vị và chức vụ", "Department and position"),
            ("Cách liên hệ", "Contact"),
        ),
    ),
    TaskGuide(
        2,
        "process_steps",
        {
            "vi": "Liệt kê các công đoạn sản xuất từ khi nhận nguyên liệu đến khi ra sản phẩm, kể cả các "
            "công đoạn phụ trợ như lò hơi, máy nén khí, xử lý nước. Danh sách này là khung cho sơ đồ và "
            "các cân bằng sau này.",
            "en": "List the process steps from receiving raw material to the finished product, including "
            "utilities such as the boiler, compressed air and water treatment. This list is the frame "
            "of the flow chart and of the balances that follow.",
        },
        _items(
            ("Tên công đoạn, theo thứ tự sản xuất", "Name of each step, in the order of production"),
            ("Mô tả ngắn: làm gì, thiết bị chính", "Short description: what it does, main equipment"),
            ("Nguyên liệu, nước, năng lượng dùng ở công đoạn", "Material, water and energy used in the step"),
        ),
    ),
    TaskGuide(
        3,
        "process_steps",
        {
            "vi": "Không thể đánh giá chi tiết mọi công đoạn cùng lúc. Chọn làm trọng tâm các công đoạn "
            "gây lãng phí nhiều nhất: tiêu hao nhiều nguyên liệu, nước, năng lượng, thải nhiều hoặc độc "
            "hại, hay có nhiều cơ hội cải thiện.",
            "en": "Not every step can be studied in detail at once. Choose as the audit focus the steps that "
            "waste most: those that use much material, water or energy, release much or hazardous waste, "
            "or offer clear room for improvement.",
        },
        _items(
            ("Lượng tiêu thụ và thải ước tính của từng công đoạn", "Estimated consumption and waste of each step"),
            ("Chi phí hoặc mức độ lãng phí so sánh giữa các công đoạn", "Cost or size of the waste, step against step"),
            ("Công đoạn được chọn làm trọng tâm và lý do", "The steps chosen as the focus, and why"),
        ),
    ),
    TaskGuide(
        4,
        "flow_chart",
        {
            "vi": "Vẽ sơ đồ quy trình sản xuất của trọng tâm đánh giá: mỗi công đoạn là một ô, mỗi dòng vào "
            "và ra là một mũi tên. Mỗi công đoạn phải có ít nhất một dòng vào và một dòng ra; sơ đồ cho "
            "biết cần đo những gì.",
            "en": "Draw the process flow chart of the audit focus: each step a box, each input and output an "
            "arrow. Every step needs at least one input and one output; the chart shows what has to be "
            "measured.",
        },
        _items(
            ("Các công đoạn của trọng tâm", "The steps of the focus"),
            ("Dòng vào: nguyên liệu, nước, điện, nhiên liệu, hơi", "Inputs: material, water, electricity, fuel, steam"),
            ("Dòng ra: sản phẩm, nước thải, chất thải, khí thải", "Outputs: product, wastewater, waste, emissions"),
            ("Dòng nối giữa các công đoạn", "Streams between the steps"),
        ),
    ),
    TaskGuide(
        5,
        "balances",
        {
            "vi": "Cân bằng vật liệu, nước và năng lượng cho biết lượng vào bằng lượng ra đến đâu. Phần chênh "
            "lệch không giải thích được là tổn thất chưa biết hoặc số đo sai. Mỗi dòng cần có số đo hoặc "
            "ước tính; cân bằng khép kín trong vài phần trăm mới đáng tin.",
            "en": "Material, water and energy balances show how far what goes in equals what comes out. The "
            "unexplained difference is an unknown loss or a wrong reading. Every stream needs a reading "
            "or an estimate; a balance is trusted when it closes within a few per cent.",
        },
        _items(
            ("Số đo từng dòng: giá trị, đơn vị, cơ sở (giờ, mẻ, ngày)", "Reading of each stream: value, unit, basis"),
            ("Cách có số liệu: đo, sổ sách hay ước tính", "How it was obtained: measured, records or estimate"),
            ("Tổng vào, tổng ra và chênh lệch của mỗi công đoạn", "Total in, total out and difference of each step"),
            ("Suất tiêu hao trên đơn vị sản phẩm", "Specific consumption per unit of product"),
        ),
    ),
    TaskGuide(
        6,
        "waste_costs",
        {
            "vi": "Gán chi phí cho từng dòng thải: giá trị của nguyên liệu, nước, năng lượng mất theo dòng "
            "thải cộng chi phí xử lý và thải bỏ. Chi phí dòng thải cho thấy nên tập trung vào đâu và là cơ "
            "sở để tính tiết kiệm của giải pháp.",
            "en": "Put a cost on each waste stream: the value of the material, water and energy lost with it "
            "plus the cost of treatment and disposal. The cost shows where to concentrate and is the "
            "basis of an option's savings.",
        },
        _items(
            ("Tên dòng thải và lượng thải hàng năm", "Waste stream and its annual quantity"),
            ("Giá trị tổn thất trên đơn vị", "Value lost per unit"),
            ("Chi phí xử lý, thải bỏ hàng năm", "Treatment and disposal cost per year"),
            ("Tổng chi phí dòng thải mỗi năm", "Total cost of the waste stream per year"),
        ),
    ),
    TaskGuide(
        7,
        "waste_costs",
        {
            "vi": "Với mỗi dòng thải, hỏi vì sao nó phát sinh: do nguyên liệu, công nghệ, thiết bị, kiểm soát "
            "quá trình, quản lý nội vi, sản phẩm, bản thân chất thải không được tái sử dụng hay con người. "
            "Giải pháp tốt nhắm vào nguyên nhân, không vào triệu chứng.",
            "en": "For each waste stream, ask why it arises: raw material, process technology, equipment, "
            "process control, housekeeping, the product, the waste itself not reused, or people. Good "
            "options target the cause, not the symptom.",
        },
        _items(
            ("Dòng thải được xem xét", "The waste stream reviewed"),
            ("Nhóm nguyên nhân (8 nhóm)", "Cause category (one of eight)"),
            ("Mô tả nguyên nhân cụ thể", "The cause in words"),
        ),
    ),
    TaskGuide(
        8,
        "options",
        {
            "vi": "Từ mỗi nguyên nhân, đề xuất các cơ hội SXSH thuộc tám nhóm giải pháp, từ quản lý nội vi "
            "đến thay đổi công nghệ. Ghi càng nhiều ý tưởng càng tốt; việc sàng lọc làm sau.",
            "en": "From each cause, develop CP opportunities in the eight option categories, from good "
            "housekeeping to technology change. Write down as many ideas as possible; screening "
            "comes next.",
        },
        _items(
            ("Mã và tên giải pháp", "Code and title of the option"),
            ("Nhóm giải pháp (8 nhóm)", "Option category (one of eight)"),
            ("Nguyên nhân và dòng thải mà giải pháp nhắm tới", "The cause and waste stream it addresses"),
            ("Mô tả ngắn", "Short description"),
        ),
    ),
    TaskGuide(
        9,
        "options",
        {
            "vi": "Sàng lọc từng cơ hội: thực hiện ngay (thường là quản lý nội vi, chi phí thấp), cần nghiên "
            "cứu thêm, hay loại bỏ kèm lý do. Việc sàng lọc giữ công sức cho những giải pháp đáng nghiên "
            "cứu khả thi.",
            "en": "Screen each opportunity: implement directly (often housekeeping, low cost), needs further "
            "study, or rejected with a reason. Screening saves the feasibility work for the options that "
            "deserve it.",
        },
        _items(
            ("Kết quả sàng lọc của từng giải pháp", "Screening result of each option"),
            ("Lý do loại bỏ", "Reason for a rejection"),
        ),
    ),
    TaskGuide(
        10,
        "options",
        {
            "vi": "Xem giải pháp có phù hợp về kỹ thuật không: mặt bằng, công suất, chất lượng sản phẩm, bảo "
            "trì, kỹ năng vận hành, ảnh hưởng đến sản xuất khi lắp đặt. Ghi lại các điều kiện kỹ thuật "
            "vào ghi chú của giải pháp.",
            "en": "Check whether the option fits technically: space, capacity, product quality, maintenance, "
            "operating skills, and the disruption of production while it is installed. Write the "
            "technical conditions into the option's notes.",
        },
        _items(
            ("Yêu cầu kỹ thuật và thiết bị", "Technical requirements and equipment"),
            ("Ảnh hưởng đến chất lượng, công suất, bảo trì", "Effect on quality, capacity, maintenance"),
            ("Kết luận: khả thi về kỹ thuật hay không", "Conclusion: technically feasible or not"),
        ),
    ),
    TaskGuide(
        11,
        "options",
        {
            "vi": "Tính khả thi về kinh tế: vốn đầu tư, tiết kiệm và chi phí vận hành hàng năm, thời gian hoàn "
            "vốn, NPV và IRR theo tuổi thọ của giải pháp và tỷ lệ chiết khấu đã nêu. Không có tuổi thọ "
            "và tỷ lệ chiết khấu thì không tính được NPV và IRR.",
            "en": "Work out the economic feasibility: investment, annual savings and operating costs, payback "
            "period, and the NPV and IRR over the option's lifetime at the stated discount rate. "
            "Without a lifetime and a discount rate there is no NPV or IRR.",
        },
        _items(
            ("Vốn đầu tư", "Investment"),
            ("Tiết kiệm và chi phí tăng thêm hàng năm", "Annual savings and extra costs"),
            ("Tuổi thọ giải pháp và tỷ lệ chiết khấu", "Lifetime of the option and discount rate"),
            ("Thời gian hoàn vốn, NPV, IRR", "Payback period, NPV, IRR"),
        ),
    ),
    TaskGuide(
        12,
        "options",
        {
            "vi": "Đánh giá lợi ích môi trường: lượng điện, nước, nhiên liệu, hoá chất, nguyên liệu tiết kiệm "
            "mỗi năm, chất thải và nước thải giảm, và lượng CO₂ giảm tính từ các hệ số phát thải đã nêu. "
            "Báo cáo CO₂ luôn ghi rõ bộ hệ số phát thải đã dùng.",
            "en": "Evaluate the environmental benefit: electricity, water, fuel, chemicals and raw material "
            "saved per year, waste and wastewater reduced, and the CO₂ avoided, from stated emission "
            "factors. A CO₂ figure always names the factor set it comes from.",
        },
        _items(
            ("Tài nguyên tiết kiệm hàng năm, theo loại", "Resources saved per year, by kind"),
            ("Chất thải, nước thải giảm", "Waste and wastewater reduced"),
            ("CO₂ giảm và bộ hệ số phát thải dùng", "CO₂ avoided and the factor set used"),
        ),
    ),
    TaskGuide(
        13,
        "options",
        {
            "vi": "Cân nhắc kết quả ba mặt kỹ thuật, kinh tế, môi trường để chọn các giải pháp sẽ thực hiện, "
            "và thứ tự ưu tiên. Giải pháp thực hiện ngay có thể làm song song với các nghiên cứu khả thi.",
            "en": "Weigh the technical, economic and environmental results to choose the options to "
            "implement, and their order of priority. Options to implement directly can go ahead while "
            "the feasibility studies continue.",
        },
        _items(
            ("Giải pháp được chọn", "Options selected"),
            ("Thứ tự ưu tiên và lý do", "Priority and reasons"),
        ),
    ),
    TaskGuide(
        14,
        "implementation",
        {
            "vi": "Chuẩn bị thực hiện: kế hoạch, người chịu trách nhiệm, thời hạn, nguồn vốn, thiết bị cần "
            "mua, đào tạo công nhân. Kế hoạch rõ ràng giúp lãnh đạo duyệt vốn.",
            "en": "Prepare the implementation: plan, person in charge, deadlines, funding, equipment to buy, "
            "training of the workers. A clear plan helps management approve the funds.",
        },
        _items(
            ("Giải pháp và người chịu trách nhiệm", "Option and person in charge"),
            ("Thời hạn và nguồn vốn", "Deadline and funding"),
            ("Việc cần chuẩn bị", "What has to be prepared"),
        ),
    ),
    TaskGuide(
        15,
        "implementation",
        {
            "vi": "Thực hiện các giải pháp đã chọn theo kế hoạch và ghi ngày hoàn thành của từng giải pháp. "
            "Giải pháp nào bị hoãn cần ghi rõ lý do.",
            "en": "Implement the selected options as planned and record when each one was completed. "
            "Note why an option is postponed.",
        },
        _items(
            ("Trạng thái từng giải pháp", "Status of each option"),
            ("Ngày thực hiện", "Date implemented"),
        ),
    ),
    TaskGuide(
        16,
        "implementation",
        {
            "vi": "Theo dõi kết quả sau khi thực hiện: đo lại tài nguyên và chi phí, so sánh tiết kiệm thực "
            "tế với ước tính. Kết quả theo dõi là bằng chứng cho lãnh đạo và cho lần đánh giá sau.",
            "en": "Monitor the results after implementation: measure resources and costs again and compare "
            "the actual savings with the estimate. The monitored results are the evidence for management "
            "and for the next assessment.",
        },
        _items(
            ("Tiết kiệm thực tế hàng năm (tiền)", "Actual annual savings (money)"),
            ("Lượng tài nguyên tiết kiệm thực tế", "Resources actually saved"),
            ("So sánh với ước tính", "Comparison with the estimate"),
        ),
    ),
    TaskGuide(
        17,
        "overview",
        {
            "vi": "Duy trì SXSH: đưa các việc làm tốt vào quy trình vận hành, họp đội SXSH định kỳ, theo dõi "
            "các chỉ số tiêu hao, khen thưởng đóng góp. Không duy trì thì tiết kiệm sẽ mất dần.",
            "en": "Sustain CP: build the good practices into the operating procedures, hold regular CP team "
            "meetings, follow the consumption indicators, reward contributions. Savings that are not "
            "sustained fade away.",
        },
        _items(
            ("Việc làm được đưa vào quy trình", "Practices written into procedures"),
            ("Lịch họp và chỉ số theo dõi", "Meeting schedule and indicators followed"),
        ),
    ),
    TaskGuide(
        18,
        "overview",
        {
            "vi": "Chọn trọng tâm cho vòng đánh giá tiếp theo trong số các công đoạn còn lãng phí, để SXSH "
            "thành hoạt động liên tục. Kết quả theo dõi và chi phí dòng thải giúp chọn trọng tâm mới.",
            "en": "Choose the focus of the next round among the steps that still waste, so that CP becomes a "
            "continuous activity. The monitored results and the waste stream costs help choose it.",
        },
        _items(
            ("Trọng tâm tiếp theo", "The next focus"),
            ("Lý do lựa chọn", "Why it was chosen"),
        ),
    ),
)

_BY_TASK = {g.task_no: g for g in GUIDES}


def guide(task_no: int) -> TaskGuide:
    """The guide of task ``task_no`` (1 to 18)."""
    try:
        return _BY_TASK[task_no]
    except KeyError:
        raise ValueError(f"no task {task_no}: tasks are numbered 1 to 18") from None


#: The workspace section where each task is done.
TASK_SECTIONS: dict[int, str] = {g.task_no: g.section for g in GUIDES}
