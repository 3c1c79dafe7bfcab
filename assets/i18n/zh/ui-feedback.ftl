## 导入标签页：文件类型，在联系人和销售旁边。
import-kind-feedback = 客户反馈

## 客户反馈标签页。
feedback-title = 客户反馈

## 客户反馈标签页：标题、反馈数量和状态栏中的任务。
feedback-what-customers-say = 客户怎么说
feedback-empty = 还没有客户反馈。请在“导入”标签页导入问卷回答或评价（选择“客户反馈”），在客户详情中添加电话投诉，或加载演示店铺。
feedback-job = 正在计算客户反馈数据
feedback-job-starting = 正在启动
# $count：反馈条数；$shown：屏幕上显示的同一数字；$date：最后一天（屏幕上显示的日期）。
feedback-pieces-up-to = { $count ->
       *[other] 截至 { $date } 共 { $shown } 条反馈。
    }

## 客户反馈标签页：顶部的卡片。
feedback-nps = NPS（净推荐值）
feedback-nps-tip = 推荐者（9-10 分）的百分比减去贬损者（0-6 分）的百分比；下方的区间有 95% 的可能包含真实得分
feedback-csat = 满意（CSAT 4-5）
feedback-average-stars = 平均星级
# $stars：平均星数（屏幕上显示的数字）。
feedback-stars-value = { $stars } ★
feedback-unhappy-and-valuable = 不满意的高价值客户
# $count：回答数；$shown：屏幕上显示的同一数字。
feedback-answers = { $count ->
       *[other] { $shown } 份回答
    }
# NPS 下方。$low、$high：95% 区间的两端；$count：回答数；$shown：屏幕上显示的同一数字。
feedback-nps-range-answers = { $low } 至 { $high } · { $count ->
       *[other] { $shown } 份回答
    }
# “不满意的高价值客户”下方。$count：投诉未处理超过一周的客户数；$shown：屏幕上显示的同一数字。
feedback-waiting-over-a-week = { $count ->
       *[other] { $shown } 位已等待超过一周
    }

## 客户反馈标签页：按月图表和关于回购的句子。
feedback-month-by-month = 按月
feedback-no-nps-or-csat = 没有可画图的 NPS 或 CSAT 回答。
feedback-line-nps = NPS
feedback-line-nps-range = NPS 95% 区间
feedback-line-csat = CSAT %
feedback-points-too-few = 回答太少，无法判断
feedback-did-they-buy-again = 他们回购了吗？
# “不满意：40 位中有 12 位在 90 天内再次购买（…）”中的比例。$share、$low、$high：屏幕上显示的百分比。
feedback-share-likely = { $share }，最可能在 { $low } 至 { $high } 之间
# “他们回购了吗？”下方的一行。$said：句子。
feedback-bought-again-line = { $said }。

## 客户反馈标签页：下半部分的列表选择。
# $shown：数量（屏幕上显示的数字）。
feedback-part-unhappy = 不满意的高价值客户（{ $shown }）
# $shown：数量（屏幕上显示的数字）。
feedback-part-open = 未处理投诉（{ $shown }）
feedback-part-terms = 投诉内容
feedback-part-groups = 分组对比

## 客户反馈标签页：列表的列标题。
feedback-column-customer = 客户
feedback-column-score = 评分
feedback-column-date = 日期
feedback-column-tier = 等级
feedback-column-spent = 消费
feedback-column-open-complaint = 未处理投诉
feedback-column-what-they-said = 客户原话
feedback-column-age = 已等待
feedback-column-channel = 渠道
feedback-column-status = 状态
feedback-column-term = 词语
feedback-column-unhappy = 不满意
feedback-column-happy = 满意
feedback-column-log-odds = 对数几率
feedback-column-group = 分组
feedback-column-answers = 回答数
feedback-column-nps = NPS
feedback-column-nps-range = 95% 区间
feedback-column-csat = CSAT
feedback-column-stars = 星级

## 客户反馈标签页：列表。
feedback-unhappy-about = 最有价值的客户（价值等级 A 和 B）中不满意的客户（贬损者、1-2 星或 CSAT 1-2、踩），按消费金额排列；投诉超过一周未处理的排在最前。
feedback-show-this-customer = 查看这位客户
# 等级列中。$tier：等级字母（A、B 或 C）。
feedback-tier-cell = { $tier }
# $count：天数；$shown：屏幕上显示的同一数字。
feedback-days = { $count ->
       *[other] { $shown } 天
    }
# 长列表下方。$rows：显示的行数；$total：总数（均为屏幕上显示的数字）。
feedback-first-rows-shown = 只显示前 { $rows } 条；按钮会处理全部 { $total } 条。
feedback-no-open-complaint = 没有等待回复的投诉。
feedback-open-about = 仍在等待回复的投诉，最早的排在最前。处理后请写一句做了什么，再标记为已解决。
# $id：反馈编号。
feedback-resolve-which = 处理反馈 { $id }：
feedback-what-was-done = 做了什么
feedback-mark-resolved = 标记为已解决
feedback-cancel = 取消
feedback-resolve = 处理…
# 状态栏中的消息。$id：反馈编号。
feedback-marked-resolved = 反馈 { $id } 已标记为已解决。
# 客户列表的名称（用于“在客户中查看”和电子表格）。
feedback-list-open-complaints = 未处理投诉
feedback-several-unsolved = 多条投诉未解决：有流失风险
feedback-no-term = 暂时没有突出的词语：至少有 3 位不满意的客户比满意的客户更常用某个词语时，才会列出它。
feedback-terms-about = 不满意的客户比满意的客户更常用的词语和短语，差异最明显的在前。点击词语可查看客户原话。
# $term：客户用过的词语；$count：包含它的反馈条数；$shown：屏幕上显示的同一数字。
feedback-term-in = { $count ->
       *[other] “{ $term }”出现在 { $shown } 条反馈中
    }
# 客户列表的名称。$term：客户用过的词语。
feedback-list-said = 说过“{ $term }”
feedback-by = 分组依据
feedback-by-channel = 首单渠道
feedback-by-product = 商品
feedback-by-segment = 分群
feedback-by-tier = 价值等级
feedback-by-stage = 生命周期阶段
feedback-by-month = 月份
feedback-no-group = 这种分组下没有任何带评分的反馈。
# $low、$high：区间的两端（屏幕上显示的数字）。
feedback-range = { $low } 至 { $high }

## 客户详情：姓名旁的反馈标记。
feedback-feeling-unhappy = 不满意
feedback-feeling-neutral = 一般
feedback-feeling-happy = 满意
feedback-feeling-tip = 客户最近一次评分时的感受
# $count：未处理投诉数；$shown：屏幕上显示的同一数字。
feedback-open-complaints-badge = { $count ->
       *[other] { $shown } 条未处理投诉
    }
feedback-open-complaint-tip = 有投诉在等待回复：见下方的客户反馈
feedback-at-risk-of-leaving = 有流失风险
feedback-at-risk-tip = 投诉一直得不到解决的客户，最容易流失

## 客户详情：反馈列表和“添加反馈”表单。
feedback-loading = 正在加载客户反馈…
feedback-nothing-said = 还没有反馈。
# $note：店主处理时写下的说明。
feedback-resolved-note = 已解决：{ $note }
feedback-add-feedback = 添加反馈
feedback-day = 日期
feedback-day-hint = 今天（YYYY-MM-DD）
feedback-where = 来源
feedback-score = 评分
feedback-scale-none = 无
feedback-scale-nps = NPS 0-10
feedback-scale-stars = 星级 1-5
feedback-scale-csat = CSAT 1-5
feedback-scale-thumbs = 赞/踩 0/1
feedback-text-hint = 客户说了什么
feedback-complaint-waits = 需要回复的投诉
feedback-add = 添加
feedback-bad-day = 日期请写成 YYYY-MM-DD，例如 2026-12-06。
feedback-off-scale = 评分超出了量表范围。
feedback-say-something = 请写下客户说了什么，或者给一个评分。

## 列表和客户详情中反馈的评分、渠道和状态。
# $score：屏幕上显示的评分。
feedback-score-nps = { $score }/10 NPS
# $score：屏幕上显示的评分。
feedback-score-stars = { $score } ★
# $score：屏幕上显示的评分。
feedback-score-csat = { $score }/5 CSAT
feedback-thumbs-up = 赞
feedback-thumbs-down = 踩
feedback-status-open = 未处理
feedback-status-resolved = 已解决
feedback-channel-survey = 问卷
feedback-channel-review = 评价
feedback-channel-email = 电子邮件
feedback-channel-phone = 电话
feedback-channel-shop = 店内

## 复购预测标签页：有未处理投诉的客户旁边。
# $count：未处理投诉数；$shown：屏幕上显示的同一数字。
feedback-predictions-open-complaints = { $count ->
       *[other] { $shown } 条未处理投诉
    }
feedback-predictions-open-complaints-tip = 投诉未解决：无论购买情况如何，都有流失风险

## 导入标签页：导入反馈文件。
import-feedback-about = 客户反馈：问卷回答、评价或投诉，每条都用客户编号、电子邮件或电话注明客户。
import-feedback-job-importing = 正在导入客户反馈
import-feedback-job-checking = 正在检查客户反馈
import-feedback-job-reading = 正在读取
# $count：导入的反馈条数；$shown：屏幕上显示的同一数字；$rows：读取的行数（屏幕上显示的数字）；$customers：新增的客户数；$shown_customers：屏幕上显示的同一数字。
import-feedback-imported = 从 { $rows } 行中导入了 { $count ->
       *[other] { $shown } 条反馈
    }（{ $customers ->
       *[other] { $shown_customers } 位新客户
    }）。
import-feedback-see-them = 可以在“客户反馈”标签页和每位客户的详情中查看。
# $column：评分列的标题。
import-feedback-which-scale-column = “{ $column }”列中的评分用的是哪种量表？文件里没有说明，而 4 分在每种量表上的意思都不一样。
import-feedback-which-scale = 评分用的是哪种量表？文件里没有说明，而 4 分在每种量表上的意思都不一样。
import-feedback-scale-nps = NPS，0 到 10（推荐的意愿）
import-feedback-scale-stars = 星级，1 到 5
import-feedback-scale-csat = CSAT，1 到 5（满意程度）
import-feedback-scale-thumbs = 赞或踩（1 或 0）
# $scale：上面的量表之一。
import-feedback-scores-read-as = 评分按“{ $scale }”读取。
import-feedback-change = 更改
# $layout：已知导出格式的名称（例如某个点评网站的）。
import-feedback-layout = 识别出的格式：{ $layout }。
# $scale：上面的量表之一。
import-feedback-layout-scale = 按这种格式，评分采用“{ $scale }”。
# $count：读取的行数；$shown：屏幕上显示的同一数字；$importable、$left：可导入的行数和将被略过的行数（屏幕上显示的数字）。
import-feedback-rows-check = { $count ->
       *[other] { $shown } 行中有 { $importable } 行可以导入；{ $left } 行将被略过。
    }
# 文件中发现的一个问题。$problem：问题（一句话）。
import-feedback-problem = • { $problem }
import-feedback-import = 导入客户反馈
