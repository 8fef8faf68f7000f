using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// Realistic, repeatable leads: mostly Chinese people and companies, some English ones. About 6 % of leads
/// work for a Chinese cloud-computing company ("上海星辰云计算有限公司") and roughly a quarter mention 上海,
/// so both search measurements find plenty of hits. Not thread-safe: one generator per worker.
/// </summary>
public sealed class LeadGenerator(int seed)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
    private static readonly string[] SurnamesPinyin = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "浩然", "子涵", "梓萱", "一诺", "欣怡", "宇轩", "思远"];
    private static readonly string[] GivenPinyin = ["wei", "fang", "na", "xiuying", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan", "tao", "ming", "chao", "haoran", "zihan", "zixuan", "yinuo", "xinyi", "yuxuan", "siyuan"];
    private static readonly string[] FirstNames = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Emily", "Daniel", "Sarah", "Kevin", "Grace", "Lucas", "Olivia"];
    private static readonly string[] LastNames = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clark", "Lee", "Walker", "Hall", "Young", "King", "Wright"];
    private static readonly string[] CompanyCities = ["上海", "北京", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "西安"];
    private static readonly string[] Brands = ["华信", "博远", "星辰", "云帆", "智汇", "恒通", "鼎盛", "天合", "领创", "新锐", "启明", "中科", "瑞达", "国信", "锦程", "联创", "宏图", "安捷", "卓越", "聚力"];
    private static readonly string[] Industries = ["云计算", "人工智能", "新能源", "生物医药", "电子商务", "物流", "教育科技", "金融服务", "智能制造", "信息技术", "文化传媒", "网络科技"];
    private static readonly string[] Suffixes = ["有限公司", "股份有限公司", "集团有限公司"];
    private static readonly string[] EnglishBrands = ["Acme", "Globex", "Initech", "Vertex", "Nimbus", "Pioneer", "Summit", "Horizon", "Apex", "Bluewave", "Northstar", "Redwood"];
    private static readonly string[] EnglishIndustries = ["Cloud Computing", "Analytics", "Logistics", "Robotics", "Software", "Energy", "Health", "Retail"];
    private static readonly string[] EnglishSuffixes = ["Ltd", "Inc.", "Co., Ltd.", "GmbH", "Pte. Ltd."];
    private static readonly string[] Cities = ["上海", "上海", "上海", "北京", "北京", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "西安", "重庆", "天津", "Singapore", "Hong Kong", "London"];
    private static readonly string[] MailDomains = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com", "example.com.cn"];
    private static readonly string[] Notes =
    [
        "客户对云迁移感兴趣，下周安排产品演示", "已发送报价单，等待采购部门确认", "展会上交换了名片，需要跟进",
        "预算已批准，计划下季度上线", "希望与现有 ERP 系统集成", "Asked for a trial account and API docs",
        "Decision maker is the CTO; follow up after Q3 planning", "对价格敏感，需要折扣方案", "老客户转介绍，优先处理",
        "Requested an on-site demo in Shanghai office",
    ];
    private static readonly DateOnly LastDay = new(2026, 6, 30);

    private readonly Random _random = new(seed);

    public Lead Next()
    {
        var chinese = _random.NextDouble() < 0.75;
        string name, mailbox;
        if (chinese)
        {
            var (s, g) = (_random.Next(Surnames.Length), _random.Next(Given.Length));
            name = Surnames[s] + Given[g];
            mailbox = $"{SurnamesPinyin[s]}.{GivenPinyin[g]}{_random.Next(1, 1000)}";
        }
        else
        {
            var (first, last) = (Pick(FirstNames), Pick(LastNames));
            name = $"{first} {last}";
            mailbox = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{_random.Next(1, 1000)}";
        }
        return new Lead(
            name,
            _random.NextDouble() < 0.05 ? null : Company(),
            $"{mailbox}@{Pick(MailDomains)}",
            Phone(),
            WeightedSource(),
            Pick(LeadSchema.Stages),
            _random.NextDouble() < 0.05 ? null : Budget(),
            Pick(Cities),
            LastDay.AddDays(-_random.Next(730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _random.Next(0, 6),
            _random.NextDouble() < 0.4 ? Pick(Notes) : null);
    }

    private string Company() => _random.NextDouble() < 0.75
        ? Pick(CompanyCities) + Pick(Brands) + Pick(Industries) + Pick(Suffixes)
        : $"{Pick(EnglishBrands)} {Pick(EnglishIndustries)} {Pick(EnglishSuffixes)}";

    private string Phone() => _random.NextDouble() < 0.8
        ? "1" + "35789"[_random.Next(5)] + _random.NextInt64(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture)
        : $"+86 21 {_random.Next(5000, 7000)} {_random.Next(0, 10000):D4}";

    // Log-uniform between 5,000 and 5,000,000 yuan, whole cents: budgets span orders of magnitude.
    private decimal Budget() =>
        Math.Round((decimal)Math.Exp(Math.Log(5_000) + (_random.NextDouble() * Math.Log(1_000))), 2);

    private string WeightedSource()
    {
        var roll = _random.NextDouble();
        return roll switch
        {
            < 0.35 => "web",
            < 0.55 => "referral",
            < 0.70 => "event",
            < 0.90 => "ads",
            _ => "partner",
        };
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
