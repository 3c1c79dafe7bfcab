## 客户分群（RFM）：名称、含义和建议做法。
## 名称采用中文 CRM 和电商工具的常用叫法（见 docs/glossary.md）。

segment-champions = 核心客户
    .meaning = 最近买过，常来买，花得最多。
    .action = 向他们表示感谢，请他们写评价，新品先给他们看。
segment-loyal = 忠诚客户
    .meaning = 定期购买，经常回来。
    .action = 邀请加入会员计划，推荐和他们常买商品搭配的产品。
segment-potential-loyalists = 潜在忠诚客户
    .meaning = 最近来的客户，已经回购过几次。
    .action = 邀请他们办会员卡，推荐其他客户接下来常买的商品。
segment-new-customers = 新客户
    .meaning = 最近刚第一次购买。
    .action = 欢迎他们，让他们方便再来第二次。
segment-promising = 潜力客户
    .meaning = 最近买过，但目前只买过一次。
    .action = 送一个小优惠，提醒他们再来第二次。
segment-need-attention = 需关注客户
    .meaning = 各项指标都一般，而且在下滑。
    .action = 根据他们以前买过的东西，发一份专属优惠。
segment-about-to-sleep = 即将沉睡客户
    .meaning = 有一段时间没来买了，以前买得也不多。
    .action = 趁他们还记得店铺，用限时优惠把他们拉回来。
segment-at-risk = 流失风险客户
    .meaning = 以前常来买，但已经很久没来了。
    .action = 亲自给他们写信，给一个值得回来的理由。
segment-cant-lose-them = 重要挽留客户
    .meaning = 花得多的客户，已经很久没回来了。
    .action = 亲自打电话联系他们。
segment-hibernating = 沉睡客户
    .meaning = 买得少，而且是很久以前。
    .action = 只在换季群发时带上他们，不要在他们身上花太多钱。

## 生命周期阶段。
lifecycle-new = 新客
lifecycle-active = 活跃
lifecycle-at-risk = 流失预警
lifecycle-lapsed = 已流失
