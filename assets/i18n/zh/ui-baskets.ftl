## 购物篮标签页。

baskets-title = 购物篮

## 购物篮标签页的标签、按钮和提示。

baskets-what-sells-together = 搭配购买
baskets-there-are-no-sales-yet = 还没有销售数据。请导入销售文件，或加载演示店铺。
baskets-look-at = 查看
baskets-in-at-least = 至少出现在
baskets-the-share-of-all-orders = 同时包含这些商品的订单占全部订单的比例（支持度）；松开滑块后会重新计算关联规则
baskets-of-orders = 的订单中，至少
baskets-of-the-orders-with-the = 在包含前面商品的订单中，同时包含其他商品的比例（置信度）
baskets-of-the-time = 的情况下一起购买
baskets-only-rules-with = 只看包含以下商品的规则：
baskets-a-product = 某个商品
baskets-no-products-sell-together-this = 没有商品达到这个频率的搭配购买：降低阈值可以看到较弱的关联。
baskets-customers-who-buy-also-buy = 买了……的客户也会买……
baskets-sort-by-this-highest-first = 按此列排序，从高到低
baskets-pairs-that-sell-together = 经常一起卖出的商品组合
baskets-no-two-products-are-bought = 还没有经常被一起购买的商品。
baskets-darker-bought-together-more-times = 颜色越深，一起购买的次数越超出随机水平。
baskets-customers-to-offer = 推荐对象
baskets-show-in-customers = 在“客户”中查看
baskets-open-the-customers-tab-showing = 打开“客户”标签页，只显示这些客户
baskets-save-as-spreadsheet = 另存为电子表格…
baskets-an-excel-workbook-xlsx-or = Excel 工作簿（.xlsx）或 CSV 文件
baskets-customer = 客户
baskets-because-they-bought = 因为他们买过

## 购物篮标签页的选项、关联规则和推荐。

baskets-products = 商品
baskets-categories = 品类
# $rules：关联规则数；$shown_rules：屏幕上显示的同一数字；$orders：订单数；$shown_orders：屏幕上显示的同一数字。
baskets-rules-kept = 在 { $orders ->
       *[other] { $shown_orders } 笔订单
    }中，按这些阈值保留了 { $rules ->
       *[other] { $shown_rules } 条关联规则
    }
baskets-column-orders = 订单
baskets-column-support = 支持度
baskets-column-confidence = 置信度
baskets-column-lift = 提升度
# $a、$b：两种商品或品类；$lift：比随机情况多几倍，保留一位小数。
baskets-pair-tip = { $a } 和 { $b }：一起购买的频率是随机情况的 { $lift } 倍
baskets-next-product-tip = 他们接下来最可能购买的商品
baskets-next-category-tip = 他们接下来最可能购买的品类
# $item：商品；$count：客户数。
baskets-offer-choice = { $item }（{ $count }）
# $count：客户数；$shown：屏幕上显示的同一数字；$item：商品。
baskets-best-next-product = { $count ->
       *[other] { $shown } 位客户下一个最适合推荐的商品是 { $item }
    }
# 同上，针对品类。
baskets-best-next-category = { $count ->
       *[other] { $shown } 位客户下一个最适合推荐的品类是 { $item }
    }
# 列表及其文件的标题。$item：商品或品类。
baskets-offer-title = 可推荐 { $item } 的客户
baskets-consented-only = 只看有营销授权的客户
