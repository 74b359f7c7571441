"""Data catalogue: the method's guide for trainees, in Vietnamese and English.

Written for cpdesk after the UNEP/UNIDO CP assessment method (6 steps, 18 tasks) as the
national CP centre teaches it; Vietnamese terms after the project glossary. ``TaskPurpose``
says in 2 to 4 sentences what each task is for (code: the task's number); ``WorksheetItem``
lists what its worksheet asks for (code: task.item, in order); ``TaskStatusWord`` is a task's
status as a word inside a line of the printed guide (``cpdesk guide``). Read through
:mod:`cpdesk.core.method_guide`.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "TaskPurpose": {
        "1": {
            "vi": "Đánh giá SXSH do đội SXSH của chính doanh nghiệp thực hiện, gồm người đủ quyền quyết định và người hiểu rõ sản xuất. Đội trưởng điều phối công việc và báo cáo lãnh đạo. Trung tâm và học viên tham gia như chuyên gia hỗ trợ.",
            "en": "A CP assessment is carried out by the company's own team, with people who can decide and people who know production well. The team leader coordinates the work and reports to management; centre experts and trainees support the team.",
        },
        "2": {
            "vi": "Liệt kê các công đoạn sản xuất từ khi nhận nguyên liệu đến khi ra sản phẩm, kể cả các công đoạn phụ trợ như lò hơi, máy nén khí, xử lý nước. Danh sách này là khung cho sơ đồ và các cân bằng sau này.",
            "en": "List the process steps from receiving raw material to the finished product, including utilities such as the boiler, compressed air and water treatment. This list is the frame of the flow chart and of the balances that follow.",
        },
        "3": {
            "vi": "Không thể đánh giá chi tiết mọi công đoạn cùng lúc. Chọn làm trọng tâm các công đoạn gây lãng phí nhiều nhất: tiêu hao nhiều nguyên liệu, nước, năng lượng, thải nhiều hoặc độc hại, hay có nhiều cơ hội cải thiện.",
            "en": "Not every step can be studied in detail at once. Choose as the audit focus the steps that waste most: those that use much material, water or energy, release much or hazardous waste, or offer clear room for improvement.",
        },
        "4": {
            "vi": "Vẽ sơ đồ quy trình sản xuất của trọng tâm đánh giá: mỗi công đoạn là một ô, mỗi dòng vào và ra là một mũi tên. Mỗi công đoạn phải có ít nhất một dòng vào và một dòng ra; sơ đồ cho biết cần đo những gì.",
            "en": "Draw the process flow chart of the audit focus: each step a box, each input and output an arrow. Every step needs at least one input and one output; the chart shows what has to be measured.",
        },
        "5": {
            "vi": "Cân bằng vật liệu, nước và năng lượng cho biết lượng vào bằng lượng ra đến đâu. Phần chênh lệch không giải thích được là tổn thất chưa biết hoặc số đo sai. Mỗi dòng cần có số đo hoặc ước tính; cân bằng khép kín trong vài phần trăm mới đáng tin.",
            "en": "Material, water and energy balances show how far what goes in equals what comes out. The unexplained difference is an unknown loss or a wrong reading. Every stream needs a reading or an estimate; a balance is trusted when it closes within a few per cent.",
        },
        "6": {
            "vi": "Gán chi phí cho từng dòng thải: giá trị của nguyên liệu, nước, năng lượng mất theo dòng thải cộng chi phí xử lý và thải bỏ. Chi phí dòng thải cho thấy nên tập trung vào đâu và là cơ sở để tính tiết kiệm của giải pháp.",
            "en": "Put a cost on each waste stream: the value of the material, water and energy lost with it plus the cost of treatment and disposal. The cost shows where to concentrate and is the basis of an option's savings.",
        },
        "7": {
            "vi": "Với mỗi dòng thải, hỏi vì sao nó phát sinh: do nguyên liệu, công nghệ, thiết bị, kiểm soát quá trình, quản lý nội vi, sản phẩm, bản thân chất thải không được tái sử dụng hay con người. Giải pháp tốt nhắm vào nguyên nhân, không vào triệu chứng.",
            "en": "For each waste stream, ask why it arises: raw material, process technology, equipment, process control, housekeeping, the product, the waste itself not reused, or people. Good options target the cause, not the symptom.",
        },
        "8": {
            "vi": "Từ mỗi nguyên nhân, đề xuất các cơ hội SXSH thuộc tám nhóm giải pháp, từ quản lý nội vi đến thay đổi công nghệ. Ghi càng nhiều ý tưởng càng tốt; việc sàng lọc làm sau.",
            "en": "From each cause, develop CP opportunities in the eight option categories, from good housekeeping to technology change. Write down as many ideas as possible; screening comes next.",
        },
        "9": {
            "vi": "Sàng lọc từng cơ hội: thực hiện ngay (thường là quản lý nội vi, chi phí thấp), cần nghiên cứu thêm, hay loại bỏ kèm lý do. Việc sàng lọc giữ công sức cho những giải pháp đáng nghiên cứu khả thi.",
            "en": "Screen each opportunity: implement directly (often housekeeping, low cost), needs further study, or rejected with a reason. Screening saves the feasibility work for the options that deserve it.",
        },
        "10": {
            "vi": "Xem giải pháp có phù hợp về kỹ thuật không: mặt bằng, công suất, chất lượng sản phẩm, bảo trì, kỹ năng vận hành, ảnh hưởng đến sản xuất khi lắp đặt. Ghi lại các điều kiện kỹ thuật vào ghi chú của giải pháp.",
            "en": "Check whether the option fits technically: space, capacity, product quality, maintenance, operating skills, and the disruption of production while it is installed. Write the technical conditions into the option's notes.",
        },
        "11": {
            "vi": "Tính khả thi về kinh tế: vốn đầu tư, tiết kiệm và chi phí vận hành hàng năm, thời gian hoàn vốn, NPV và IRR theo tuổi thọ của giải pháp và tỷ lệ chiết khấu đã nêu. Không có tuổi thọ và tỷ lệ chiết khấu thì không tính được NPV và IRR.",
            "en": "Work out the economic feasibility: investment, annual savings and operating costs, payback period, and the NPV and IRR over the option's lifetime at the stated discount rate. Without a lifetime and a discount rate there is no NPV or IRR.",
        },
        "12": {
            "vi": "Đánh giá lợi ích môi trường: lượng điện, nước, nhiên liệu, hoá chất, nguyên liệu tiết kiệm mỗi năm, chất thải và nước thải giảm, và lượng CO₂ giảm tính từ các hệ số phát thải đã nêu. Báo cáo CO₂ luôn ghi rõ bộ hệ số phát thải đã dùng.",
            "en": "Evaluate the environmental benefit: electricity, water, fuel, chemicals and raw material saved per year, waste and wastewater reduced, and the CO₂ avoided, from stated emission factors. A CO₂ figure always names the factor set it comes from.",
        },
        "13": {
            "vi": "Cân nhắc kết quả ba mặt kỹ thuật, kinh tế, môi trường để chọn các giải pháp sẽ thực hiện, và thứ tự ưu tiên. Giải pháp thực hiện ngay có thể làm song song với các nghiên cứu khả thi.",
            "en": "Weigh the technical, economic and environmental results to choose the options to implement, and their order of priority. Options to implement directly can go ahead while the feasibility studies continue.",
        },
        "14": {
            "vi": "Chuẩn bị thực hiện: kế hoạch, người chịu trách nhiệm, thời hạn, nguồn vốn, thiết bị cần mua, đào tạo công nhân. Kế hoạch rõ ràng giúp lãnh đạo duyệt vốn.",
            "en": "Prepare the implementation: plan, person in charge, deadlines, funding, equipment to buy, training of the workers. A clear plan helps management approve the funds.",
        },
        "15": {
            "vi": "Thực hiện các giải pháp đã chọn theo kế hoạch và ghi ngày hoàn thành của từng giải pháp. Giải pháp nào bị hoãn cần ghi rõ lý do.",
            "en": "Implement the selected options as planned and record when each one was completed. Note why an option is postponed.",
        },
        "16": {
            "vi": "Theo dõi kết quả sau khi thực hiện: đo lại tài nguyên và chi phí, so sánh tiết kiệm thực tế với ước tính. Kết quả theo dõi là bằng chứng cho lãnh đạo và cho lần đánh giá sau.",
            "en": "Monitor the results after implementation: measure resources and costs again and compare the actual savings with the estimate. The monitored results are the evidence for management and for the next assessment.",
        },
        "17": {
            "vi": "Duy trì SXSH: đưa các việc làm tốt vào quy trình vận hành, họp đội SXSH định kỳ, theo dõi các chỉ số tiêu hao, khen thưởng đóng góp. Không duy trì thì tiết kiệm sẽ mất dần.",
            "en": "Sustain CP: build the good practices into the operating procedures, hold regular CP team meetings, follow the consumption indicators, reward contributions. Savings that are not sustained fade away.",
        },
        "18": {
            "vi": "Chọn trọng tâm cho vòng đánh giá tiếp theo trong số các công đoạn còn lãng phí, để SXSH thành hoạt động liên tục. Kết quả theo dõi và chi phí dòng thải giúp chọn trọng tâm mới.",
            "en": "Choose the focus of the next round among the steps that still waste, so that CP becomes a continuous activity. The monitored results and the waste stream costs help choose it.",
        },
    },
    "WorksheetItem": {
        "1.1": {"vi": "Họ tên từng thành viên", "en": "Name of each member"},
        "1.2": {
            "vi": "Vai trò trong đội (đội trưởng, thành viên, chuyên gia…)",
            "en": "Role in the team (leader, member, expert…)",
        },
        "1.3": {"vi": "Đơn vị và chức vụ", "en": "Department and position"},
        "1.4": {"vi": "Cách liên hệ", "en": "Contact"},
        "2.1": {"vi": "Tên công đoạn, theo thứ tự sản xuất", "en": "Name of each step, in the order of production"},
        "2.2": {"vi": "Mô tả ngắn: làm gì, thiết bị chính", "en": "Short description: what it does, main equipment"},
        "2.3": {
            "vi": "Nguyên liệu, nước, năng lượng dùng ở công đoạn",
            "en": "Material, water and energy used in the step",
        },
        "3.1": {
            "vi": "Lượng tiêu thụ và thải ước tính của từng công đoạn",
            "en": "Estimated consumption and waste of each step",
        },
        "3.2": {
            "vi": "Chi phí hoặc mức độ lãng phí so sánh giữa các công đoạn",
            "en": "Cost or size of the waste, step against step",
        },
        "3.3": {"vi": "Công đoạn được chọn làm trọng tâm và lý do", "en": "The steps chosen as the focus, and why"},
        "4.1": {"vi": "Các công đoạn của trọng tâm", "en": "The steps of the focus"},
        "4.2": {
            "vi": "Dòng vào: nguyên liệu, nước, điện, nhiên liệu, hơi",
            "en": "Inputs: material, water, electricity, fuel, steam",
        },
        "4.3": {
            "vi": "Dòng ra: sản phẩm, nước thải, chất thải, khí thải",
            "en": "Outputs: product, wastewater, waste, emissions",
        },
        "4.4": {"vi": "Dòng nối giữa các công đoạn", "en": "Streams between the steps"},
        "5.1": {
            "vi": "Số đo từng dòng: giá trị, đơn vị, cơ sở (giờ, mẻ, ngày)",
            "en": "Reading of each stream: value, unit, basis",
        },
        "5.2": {
            "vi": "Cách có số liệu: đo, sổ sách hay ước tính",
            "en": "How it was obtained: measured, records or estimate",
        },
        "5.3": {
            "vi": "Tổng vào, tổng ra và chênh lệch của mỗi công đoạn",
            "en": "Total in, total out and difference of each step",
        },
        "5.4": {"vi": "Suất tiêu hao trên đơn vị sản phẩm", "en": "Specific consumption per unit of product"},
        "6.1": {"vi": "Tên dòng thải và lượng thải hàng năm", "en": "Waste stream and its annual quantity"},
        "6.2": {"vi": "Giá trị tổn thất trên đơn vị", "en": "Value lost per unit"},
        "6.3": {"vi": "Chi phí xử lý, thải bỏ hàng năm", "en": "Treatment and disposal cost per year"},
        "6.4": {"vi": "Tổng chi phí dòng thải mỗi năm", "en": "Total cost of the waste stream per year"},
        "7.1": {"vi": "Dòng thải được xem xét", "en": "The waste stream reviewed"},
        "7.2": {"vi": "Nhóm nguyên nhân (8 nhóm)", "en": "Cause category (one of eight)"},
        "7.3": {"vi": "Mô tả nguyên nhân cụ thể", "en": "The cause in words"},
        "8.1": {"vi": "Mã và tên giải pháp", "en": "Code and title of the option"},
        "8.2": {"vi": "Nhóm giải pháp (8 nhóm)", "en": "Option category (one of eight)"},
        "8.3": {
            "vi": "Nguyên nhân và dòng thải mà giải pháp nhắm tới",
            "en": "The cause and waste stream it addresses",
        },
        "8.4": {"vi": "Mô tả ngắn", "en": "Short description"},
        "9.1": {"vi": "Kết quả sàng lọc của từng giải pháp", "en": "Screening result of each option"},
        "9.2": {"vi": "Lý do loại bỏ", "en": "Reason for a rejection"},
        "10.1": {"vi": "Yêu cầu kỹ thuật và thiết bị", "en": "Technical requirements and equipment"},
        "10.2": {
            "vi": "Ảnh hưởng đến chất lượng, công suất, bảo trì",
            "en": "Effect on quality, capacity, maintenance",
        },
        "10.3": {"vi": "Kết luận: khả thi về kỹ thuật hay không", "en": "Conclusion: technically feasible or not"},
        "11.1": {"vi": "Vốn đầu tư", "en": "Investment"},
        "11.2": {"vi": "Tiết kiệm và chi phí tăng thêm hàng năm", "en": "Annual savings and extra costs"},
        "11.3": {"vi": "Tuổi thọ giải pháp và tỷ lệ chiết khấu", "en": "Lifetime of the option and discount rate"},
        "11.4": {"vi": "Thời gian hoàn vốn, NPV, IRR", "en": "Payback period, NPV, IRR"},
        "12.1": {"vi": "Tài nguyên tiết kiệm hàng năm, theo loại", "en": "Resources saved per year, by kind"},
        "12.2": {"vi": "Chất thải, nước thải giảm", "en": "Waste and wastewater reduced"},
        "12.3": {"vi": "CO₂ giảm và bộ hệ số phát thải dùng", "en": "CO₂ avoided and the factor set used"},
        "13.1": {"vi": "Giải pháp được chọn", "en": "Options selected"},
        "13.2": {"vi": "Thứ tự ưu tiên và lý do", "en": "Priority and reasons"},
        "14.1": {"vi": "Giải pháp và người chịu trách nhiệm", "en": "Option and person in charge"},
        "14.2": {"vi": "Thời hạn và nguồn vốn", "en": "Deadline and funding"},
        "14.3": {"vi": "Việc cần chuẩn bị", "en": "What has to be prepared"},
        "15.1": {"vi": "Trạng thái từng giải pháp", "en": "Status of each option"},
        "15.2": {"vi": "Ngày thực hiện", "en": "Date implemented"},
        "16.1": {"vi": "Tiết kiệm thực tế hàng năm (tiền)", "en": "Actual annual savings (money)"},
        "16.2": {"vi": "Lượng tài nguyên tiết kiệm thực tế", "en": "Resources actually saved"},
        "16.3": {"vi": "So sánh với ước tính", "en": "Comparison with the estimate"},
        "17.1": {"vi": "Việc làm được đưa vào quy trình", "en": "Practices written into procedures"},
        "17.2": {"vi": "Lịch họp và chỉ số theo dõi", "en": "Meeting schedule and indicators followed"},
        "18.1": {"vi": "Trọng tâm tiếp theo", "en": "The next focus"},
        "18.2": {"vi": "Lý do lựa chọn", "en": "Why it was chosen"},
    },
    "TaskStatusWord": {
        "not_started": {"vi": "chưa bắt đầu", "en": "not started"},
        "in_progress": {"vi": "đang làm", "en": "in progress"},
        "done": {"vi": "xong", "en": "done"},
    },
}
