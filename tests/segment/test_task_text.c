/*
 * test_task_text.c: where a task's text starts and ends, and its deadline
 * (issue 19). Made-up passages in the layouts of Decree 30 and the grammar
 * of an assignment, each with what ANNOTATING.md gives the bodies in it:
 * the tenth rule set's start (the item's first words, a body's name with its
 * colon being the label; the first sentence that gives the body a task when
 * the item's first sentence gives it none), one item one task, a lead-in
 * over acts no task, and the deadline a task states. They were written,
 * with their expectations, before the segmenter was run on them; a case it
 * does not read yet is marked `left` and printed, not failed.
 */
#include "segtest.h"

static int fails;

#define ABSENT (-2)

typedef struct {
    const char *name;  /* the agency, as the segmenter names it */
    int tasks;         /* how many tasks, -1: not checked, ABSENT: no such agency */
    const char *has;   /* a task whose text opens so, or NULL */
    const char *hasnt; /* no task whose text opens so, or NULL */
    int deadline;      /* of the task `has`: its year, 0 none, -1 not checked */
} want;

typedef struct {
    const char *what;
    int left; /* not read yet: printed, not failed */
    const char *text;
    want w[4];
} task_case;

static const task_case cases[] = {
    {"a partner named only in the item's second sentence: its task starts there", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "2. Sở Xây dựng:\n"
     "a) Rà soát các công trình nhà ở xuống cấp trên địa bàn tỉnh. Phối hợp với Sở Tài chính đề xuất "
     "nguồn vốn sửa chữa các công trình đó.\n",
     {{"Sở Xây dựng", 1, "Rà soát các công trình", NULL, -1},
      {"Sở Tài chính", 1, "Phối hợp với Sở Tài chính", "Rà soát", -1}}},
    {"a report of what was done first, then the order: the order's sentence is the task", 0,
     "III. NHIỆM VỤ\n"
     "1. Thời gian qua, mưa lớn kéo dài đã gây sạt lở nhiều tuyến đường miền núi. Yêu cầu Sở Xây dựng "
     "khẩn trương khắc phục các điểm sạt lở, bảo đảm giao thông thông suốt.\n",
     {{"Sở Xây dựng", 1, "Yêu cầu Sở Xây dựng", "Thời gian qua", -1}}},
    {"'Trên đây là Kế hoạch ...' then the closing request: the request's sentence", 0,
     "Trên đây là Kế hoạch triển khai chuyển đổi số năm 2026 của Ủy ban nhân dân tỉnh. Trong quá trình "
     "thực hiện, nếu có khó khăn, vướng mắc, đề nghị Sở Y tế phản ánh về Sở Nội vụ để tổng hợp, báo cáo "
     "Ủy ban nhân dân tỉnh.\n",
     {{"Sở Y tế", 1, "Trong quá trình thực hiện", "Trên đây", -1},
      {"Sở Nội vụ", 1, "Trong quá trình thực hiện", "Trên đây", -1}}},
    {"a body given the first sentence keeps the whole item, its later sentence with it", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Tư pháp chủ trì hướng dẫn các xã, phường rà soát văn bản quy phạm pháp luật. Sở Tư pháp tổng "
     "hợp kết quả rà soát, báo cáo Ủy ban nhân dân tỉnh.\n",
     {{"Sở Tư pháp", 1, "Sở Tư pháp chủ trì hướng dẫn", "Sở Tư pháp tổng", -1}}},
    {"a body's name heading its item with a colon is the label: the text starts after it", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "- Công an tỉnh: Tăng cường tuần tra, kiểm soát trật tự giao thông trong dịp cuối năm.\n",
     {{"Công an tỉnh", 1, "Tăng cường tuần tra", "Công an tỉnh", -1}}},
    {"a subject with 'có trách nhiệm' and an adverb before the verb: kept, the item's first words", 0,
     "Điều 3. Tổ chức thực hiện\n"
     "1. Sở Y tế có trách nhiệm khẩn trương hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai bệnh án "
     "điện tử.\n",
     {{"Sở Y tế", 1, "Sở Y tế có trách nhiệm khẩn trương", NULL, -1}}},
    {"one sentence, one body, verbs coordinated with commas: one task", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "3. Sở Nội vụ chủ trì rà soát, tổng hợp, đề xuất phương án sắp xếp các đơn vị sự nghiệp công lập "
     "trực thuộc Ủy ban nhân dân tỉnh.\n",
     {{"Sở Nội vụ", 1, "Sở Nội vụ chủ trì rà soát", NULL, -1}}},
    {"a semicolon joins the second body's clause: one item, the text from its first words", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "4. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh; Công an tỉnh bảo đảm "
     "an ninh tại các điểm thi.\n",
     {{"Sở Giáo dục và Đào tạo", 1, "Sở Giáo dục và Đào tạo chủ trì", NULL, -1},
      {"Công an tỉnh", 1, "Sở Giáo dục và Đào tạo chủ trì", NULL, -1}}},
    /* A second subject after ';' (segsemi): written with their expectations
     * before the rule, by ANNOTATING.md's tenth rule set (one item gives each
     * body its task, the item's text from its first words). */
#define PLAN_HEAD "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/KH-UBND\nQuảng Trị, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\n" \
                  "Phòng, chống dịch bệnh mùa hè năm 2026\n"
#define DECISION_HEAD "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 310/QĐ-UBND\nQuảng Trị, ngày 9 tháng 4 năm 2026\n" \
                      "QUYẾT ĐỊNH\nVề việc hỗ trợ kinh phí sửa chữa trường học\n"
    {"semi 1: a plan's item, 'giao X ...; Y verb ...': Y's task is the item", 0,
     PLAN_HEAD "I. TỔ CHỨC THỰC HIỆN\n"
     "1. Giao Sở Tài chính tham mưu bố trí kinh phí phòng, chống dịch; Ủy ban nhân dân các xã, phường rà soát "
     "các điểm nguy cơ trên địa bàn.\n",
     {{"Sở Tài chính", 1, "Giao Sở Tài chính", NULL, -1},
      {"Ủy ban nhân dân các xã, phường", 1, "Giao Sở Tài chính", NULL, -1}}},
    {"semi 2: three bodies chained by ';' in one item, each its verb", 0,
     PLAN_HEAD "I. TỔ CHỨC THỰC HIỆN\n"
     "2. Sở Văn hóa và Thể thao tổ chức lễ phát động; Đài Phát thanh và Truyền hình tỉnh tuyên truyền trên sóng; "
     "Công an tỉnh bảo đảm trật tự tại nơi tổ chức.\n",
     {{"Sở Văn hóa và Thể thao", 1, "Sở Văn hóa và Thể thao tổ chức", NULL, -1},
      {"Đài Phát thanh và Truyền hình tỉnh", 1, "Sở Văn hóa và Thể thao tổ chức", NULL, -1},
      {"Công an tỉnh", 1, "Sở Văn hóa và Thể thao tổ chức", NULL, -1}}},
    {"semi 3: a decision's article, 'X chủ trì ...; Y phối hợp ...'", 0,
     DECISION_HEAD "Điều 2. Sở Giáo dục và Đào tạo chủ trì hướng dẫn các trường sử dụng kinh phí; Sở Tài chính "
     "kiểm tra việc quyết toán theo quy định.\n",
     {{"Sở Giáo dục và Đào tạo", 1, "Sở Giáo dục và Đào tạo chủ trì", NULL, -1},
      {"Sở Tài chính", 1, "Sở Giáo dục và Đào tạo chủ trì", NULL, -1}}},
    {"semi 4: a decision's numbered item, the second body with 'có trách nhiệm'", 0,
     DECISION_HEAD "Điều 3. Tổ chức thực hiện\n"
     "1. Sở Xây dựng thẩm định thiết kế sửa chữa; Kho bạc Nhà nước khu vực XI có trách nhiệm kiểm soát chi "
     "theo quy định.\n",
     {{"Sở Xây dựng", 1, "Sở Xây dựng thẩm định", NULL, -1},
      {"Kho bạc Nhà nước khu vực XI", 1, "Sở Xây dựng thẩm định", NULL, -1}}},
    /* left: the name "Trung tâm Kiểm soát bệnh tật tỉnh" is not read at all
     * (with "Sở Tài chính" in its place the clause is read) */
    {"semi 5: no heading of implementation, a typed plan's dash item", 1,
     PLAN_HEAD "II. NỘI DUNG\n"
     "- Sở Y tế giám sát các ổ dịch sốt xuất huyết; Trung tâm Kiểm soát bệnh tật tỉnh phun hóa chất diệt "
     "muỗi tại các ổ dịch.\n",
     {{"Sở Y tế", 1, "Sở Y tế giám sát", NULL, -1},
      {"Trung tâm Kiểm soát bệnh tật tỉnh", 1, "Sở Y tế giám sát", NULL, -1}}},
    {"semi 6: the name the object of the first clause's verb: 'đồng thời báo cáo X'", 0,
     PLAN_HEAD "I. TỔ CHỨC THỰC HIỆN\n"
     "3. Sở Nông nghiệp và Môi trường theo dõi dịch bệnh trên đàn gia súc; đồng thời báo cáo Bộ Nông nghiệp và "
     "Môi trường kết quả.\n",
     {{"Sở Nông nghiệp và Môi trường", 1, "Sở Nông nghiệp và Môi trường theo dõi", NULL, -1},
      {"Bộ Nông nghiệp và Môi trường", ABSENT, NULL, NULL, -1}}},
    {"semi 7: a body after ';' with 'đã' and a done act is no subject given a task", 0,
     PLAN_HEAD "I. TỔ CHỨC THỰC HIỆN\n"
     "4. Sở Tài chính bố trí kinh phí từ nguồn dự phòng; Bộ Y tế đã hướng dẫn định mức chi.\n",
     {{"Sở Tài chính", 1, "Sở Tài chính bố trí", NULL, -1},
      {"Bộ Y tế", ABSENT, NULL, NULL, -1}}},
    {"semi 8: a body after ';' with 'là', apposition, no act: nothing for it", 0,
     PLAN_HEAD "I. TỔ CHỨC THỰC HIỆN\n"
     "5. Các sở, ngành tổ chức thực hiện Kế hoạch này; Sở Y tế là cơ quan thường trực.\n",
     {{"Sở Y tế", ABSENT, NULL, NULL, -1}}},
    {"semi 9: after a full stop, a plan's later sentence is not read by this rule", 0,
     PLAN_HEAD "II. NỘI DUNG\n"
     "- Tăng cường truyền thông phòng bệnh. Bộ Y tế đánh giá cao kết quả năm 2025.\n",
     {{"Bộ Y tế", ABSENT, NULL, NULL, -1}}},
    {"semi 10: in a regulation's norm a clause after ';' states what holds: not read", 0,
     "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nQUY ĐỊNH\nQuản lý chợ trên địa bàn tỉnh\n"
     "Điều 5. Phân hạng chợ\n"
     "1. Chợ hạng 1 có trên 400 điểm kinh doanh; Ban quản lý chợ do Ủy ban nhân dân cấp xã thành lập.\n",
     {{"Ban quản lý chợ", ABSENT, NULL, NULL, -1}}},
    {"a lead-in over acts is no task; each item under it is", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Tài chính có trách nhiệm:\n"
     "a) Bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2026.\n"
     "b) Hướng dẫn các đơn vị thanh toán, quyết toán kinh phí theo quy định.\n",
     {{"Sở Tài chính", 2, "Hướng dẫn các đơn vị", "Sở Tài chính có trách nhiệm", -1}}},
    {"a deadline 'trước ngày 15/12/2025' ends the task's text and dates it", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "2. Sở Công Thương tổng hợp tình hình cung ứng hàng hóa thiết yếu, báo cáo Ủy ban nhân dân tỉnh "
     "trước ngày 15/12/2025.\n",
     {{"Sở Công Thương", 1, "Sở Công Thương tổng hợp", NULL, 2025}}},
    {"'trong tháng 01/2026' and 'hoàn thành trong quý I năm 2026' date their tasks", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Khoa học và Công nghệ:\n"
     "a) Tổ chức tập huấn sử dụng chữ ký số cho cán bộ cấp xã trong tháng 01/2026.\n"
     "b) Nâng cấp Cổng dịch vụ công của tỉnh, hoàn thành trong quý I năm 2026.\n",
     {{"Sở Khoa học và Công nghệ", 2, "Tổ chức tập huấn", NULL, 2026},
      {"Sở Khoa học và Công nghệ", 2, "Nâng cấp Cổng dịch vụ", NULL, 2026}}},
    {"a standing duty 'Thường xuyên' has no deadline", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "3. Sở Nông nghiệp và Môi trường theo dõi diễn biến thời tiết, cảnh báo thiên tai cho các xã, "
     "phường. Thời gian thực hiện: Thường xuyên.\n",
     {{"Sở Nông nghiệp và Môi trường", 1, "Sở Nông nghiệp và Môi trường theo dõi", NULL, 0}}},
    {"two items alike in their first fifteen syllables stay two tasks", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Văn hóa và Thể thao:\n"
     "a) Tổ chức kiểm tra hoạt động kinh doanh dịch vụ karaoke, vũ trường trên địa bàn các phường "
     "trung tâm.\n"
     "b) Tổ chức kiểm tra hoạt động kinh doanh dịch vụ karaoke, vũ trường trên địa bàn các xã ven "
     "biển.\n",
     {{"Sở Văn hóa và Thể thao", 2, "Tổ chức kiểm tra", NULL, -1}}},
    {"a capital after a dotted abbreviation is no new sentence", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "5. Sở Du lịch chủ trì quảng bá du lịch tại TP. Hồ Chí Minh, phối hợp với Sở Công Thương tổ chức hội "
     "chợ.\n",
     {{"Sở Công Thương", 1, "Sở Du lịch chủ trì", NULL, -1}}},
    {"a later sentence's partner inside an unlabelled article paragraph", 0,
     "Điều 2. Giao Sở Tài nguyên và Môi trường chủ trì tổ chức thực hiện Quyết định này. Trong quá "
     "trình thực hiện, Sở Tài nguyên và Môi trường phối hợp với Sở Tư pháp rà soát các quy định liên "
     "quan.\n",
     {{"Sở Tài nguyên và Môi trường", 1, "Giao Sở Tài nguyên", NULL, -1},
      {"Sở Tư pháp", 1, "Trong quá trình thực hiện", "Giao", -1}}},
    {"'Đề nghị X (its members):' heading an item is the label, the bracket closed before the colon", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "- Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel): Bảo đảm thông tin liên lạc thông suốt phục vụ "
     "chỉ đạo phòng, chống thiên tai.\n",
     {{"các doanh nghiệp viễn thông", 1, "Bảo đảm thông tin", "Đề nghị", -1}}},
    {"a group and its members in brackets heading an item, then its colon", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "6. Các cơ quan báo chí (Báo Nghệ An, Đài Phát thanh và Truyền hình Nghệ An): Tăng cường tuyên truyền "
     "các mô hình chuyển đổi số tiêu biểu trên địa bàn tỉnh.\n",
     {{"Các cơ quan báo chí", 1, "Tăng cường tuyên truyền", "Các cơ quan", -1}}},
};

static void check(seg_ctx *ctx, const task_case *c)
{
    seg_result *r = run(ctx, c->text);
    char why[512] = "";
    for (const want *w = c->w; w < c->w + 4 && w->name; w++) {
        const seg_agency *a = find(r, w->name);
        const seg_task *t = a && w->has ? task_opening(a, w->has) : NULL;
        if (w->tasks == ABSENT) {
            if (a)
                snprintf(why, sizeof why, "%s found, wanted absent (first: %.60s)", w->name,
                         a->n_tasks ? a->tasks[0].text : "");
        } else if (!a)
            snprintf(why, sizeof why, "%s missed", w->name);
        else if (w->tasks >= 0 && a->n_tasks != (size_t)w->tasks)
            snprintf(why, sizeof why, "%s %zu tasks, wanted %d (first: %.60s)", w->name, a->n_tasks, w->tasks,
                     a->n_tasks ? a->tasks[0].text : "");
        else if (w->has && !t)
            snprintf(why, sizeof why, "%s lacks the task '%s' (first: %.60s)", w->name, w->has,
                     a->n_tasks ? a->tasks[0].text : "");
        else if (w->hasnt && task_opening(a, w->hasnt))
            snprintf(why, sizeof why, "%s has the task '%s'", w->name, w->hasnt);
        else if (t && w->deadline >= 0 && t->deadline != w->deadline)
            snprintf(why, sizeof why, "%s task '%s' deadline %d, wanted %d", w->name, w->has, t->deadline,
                     w->deadline);
        if (*why)
            break;
    }
    fails += case_verdict(c->what, c->left, why);
    seg_result_free(r);
}

int main(void)
{
    seg_ctx *ctx = test_ctx();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(ctx, &cases[i]);
    seg_destroy(ctx);
    printf("%zu task-text cases, %d failed\n", sizeof cases / sizeof cases[0], fails);
    return fails ? 1 : 0;
}
