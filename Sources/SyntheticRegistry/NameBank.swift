/// The names the synthetic registry draws from: Pashto, Hindko and Urdu names common in Khyber Pakhtunkhwa.
public enum NameBank {
    /// Men's given names.
    public static let male: [NameEntry] = [
        "Muhammad|Mohammad|Muhammed|Mohammed|Mohamad=محمد", "Ahmad|Ahmed=احمد", "Irfan=عرفان",
        "Imran=عمران", "Usman|Osman|Usmaan=عثمان", "Umar|Omar=عمر", "Ali=علی", "Hassan|Hasan=حسن",
        "Hussain|Husain|Hussein=حسین", "Bilal=بلال", "Khalid|Khaled=خالد", "Tariq|Tarik=طارق",
        "Zahid=زاہد", "Shahid=شاہد", "Sajid=ساجد", "Javed|Javaid|Jawed=جاوید", "Naveed|Navid=نوید",
        "Fawad|Fuad=فواد", "Junaid=جنید", "Fahad|Fahd=فہد", "Asad=اسد", "Hamza|Hamzah=حمزہ",
        "Yousaf|Yusuf|Yousuf|Yousef=یوسف", "Ibrahim|Ebrahim=ابراہیم", "Ismail|Ismael=اسماعیل",
        "Ishaq|Ishaque=اسحاق", "Yaqoob|Yaqub|Yakub=یعقوب", "Ayub|Ayoub|Ayyub=ایوب", "Idrees|Idris=ادریس",
        "Younas|Younis|Yunus=یونس", "Rehman|Rahman=رحمان", "Abdullah|Abdulla=عبداللہ",
        "Abdul Rahim|Abdul Raheem=عبدالرحیم", "Abdul Wahab|Abdul Wahhab=عبدالوہاب", "Gul=گل",
        "Sher=شیر", "Zaman=زمان", "Sher Zaman=شیر زمان", "Gul Zaman=گل زمان", "Nawaz=نواز",
        "Shahzad|Shehzad=شہزاد", "Faisal|Faysal=فیصل", "Waqar=وقار", "Waseem|Wasim=وسیم",
        "Naeem|Naim=نعیم", "Saleem|Salim=سلیم", "Kareem|Karim=کریم", "Raheem|Rahim=رحیم",
        "Jamil|Jameel=جمیل", "Kamran=کامران", "Adnan=عدنان", "Arshad=ارشد", "Amjad=امجد",
        "Sajjad=سجاد", "Iqbal|Ikbal=اقبال", "Zubair|Zobair=زبیر", "Sohail|Suhail=سہیل", "Tahir=طاہر",
        "Nasir|Naseer=ناصر", "Qasim|Kasim=قاسم", "Hashim=ہاشم", "Aslam=اسلم", "Akram=اکرم",
        "Asghar=اصغر", "Akbar=اکبر", "Anwar=انور", "Sarfaraz|Sarfraz=سرفراز", "Mushtaq=مشتاق",
        "Ishtiaq=اشتیاق", "Riaz|Riyaz=ریاض", "Fayaz|Fiaz=فیاض", "Ayaz=ایاز", "Niaz=نیاز",
        "Shaukat|Shoukat=شوکت", "Inam|Inaam=انعام", "Ikram=اکرام", "Ihsan|Ehsan=احسان", "Zia=ضیاء",
        "Noor|Nur=نور", "Amin|Ameen=امین", "Jan=جان", "Wali=ولی", "Rahmat=رحمت", "Hayat=حیات",
        "Dawood|Daud|Dawud=داؤد", "Mehmood|Mahmood|Mahmud=محمود", "Sultan=سلطان", "Bahadur=بہادر",
        "Jehangir|Jahangir=جہانگیر", "Aurangzeb=اورنگزیب", "Saif=سیف", "Shoaib|Shuaib=شعیب",
        "Taimur|Timur=تیمور", "Haroon|Harun=ہارون", "Rashid=راشد", "Majid=ماجد", "Fazal|Fazl=فضل",
        "Gohar|Gauhar=گوہر", "Zarak=زرک", "Afzal=افضل", "Babar=بابر", "Murad=مراد", "Ghani=غنی",
        "Habib|Habeeb=حبیب", "Hamid=حامد", "Mujahid=مجاہد", "Obaid|Ubaid=عبید", "Owais|Awais|Uwais=اویس",
        "Raheel=راحیل", "Zeeshan|Zishan=ذیشان", "Irshad=ارشاد", "Sanaullah=ثناءاللہ",
        "Rafiullah=رفیع اللہ", "Kifayatullah=کفایت اللہ", "Hidayatullah=ہدایت اللہ", "Ghulam Rasool=غلام رسول",
        "Mir Alam=میر عالم", "Bakht Zada=بخت زادہ", "Said Akbar=سید اکبر", "Wajid=واجد",
    ].map(NameEntry.init)

    /// Women's given names.
    public static let female: [NameEntry] = [
        "Ayesha|Aisha|Aysha=عائشہ", "Fatima|Fatimah=فاطمہ", "Khadija|Khadijah=خدیجہ", "Zainab|Zenab=زینب",
        "Maryam|Mariam=مریم", "Amina|Aamina|Amna=آمنہ", "Sana=ثناء", "Saima=صائمہ", "Nasreen|Nasrin=نسرین",
        "Shabana=شبانہ", "Rubina|Robina=روبینہ", "Shazia=شازیہ", "Nazia=نازیہ", "Farzana=فرزانہ",
        "Rukhsana=رخسانہ", "Parveen|Perveen=پروین", "Shaheen=شاہین", "Yasmin|Yasmeen=یاسمین",
        "Gulnaz=گلناز", "Naseema|Nasima=نسیمہ", "Razia=رضیہ", "Sadia=سعدیہ", "Hina=حنا", "Uzma=عظمیٰ",
        "Asma|Asmaa=اسماء", "Sobia=صوبیہ", "Bushra=بشریٰ", "Huma=ہما", "Samina|Sameena=ثمینہ",
        "Tahira=طاہرہ", "Zahida=زاہدہ", "Shagufta=شگفتہ", "Kalsoom|Kulsoom=کلثوم", "Naila=نائلہ",
        "Rabia=رابعہ", "Sumaira=سمیرا", "Mehwish=مہوش", "Iqra=اقرا", "Anam=انعم", "Sidra=سدرہ",
        "Laiba=لائبہ", "Malalai=ملالئی", "Zarmina=زرمینہ", "Palwasha=پلوشہ", "Spogmai=سپوگمئی",
        "Gulalai=گلالئی", "Shabnam=شبنم", "Naheed=ناہید", "Firdous|Firdos=فردوس", "Jamila|Jameela=جمیلہ",
        "Halima|Haleema=حلیمہ", "Safia|Safiya=صفیہ", "Sakina|Sakeena=سکینہ", "Zubaida=زبیدہ",
        "Noreen=نورین", "Lubna=لبنیٰ", "Mahnoor=ماہ نور", "Gulshan=گلشن", "Bano=بانو", "Nargis=نرگس",
    ].map(NameEntry.init)

    /// Family, tribal and clan names (the last word of many names).
    public static let family: [NameEntry] = [
        "Khan|Khaan=خان", "Afridi=آفریدی", "Yousafzai|Yusufzai|Yousufzai=یوسفزئی", "Khattak=خٹک",
        "Shinwari=شنواری", "Mohmand|Mohmend=مہمند", "Orakzai=اورکزئی", "Bangash=بنگش", "Marwat=مروت",
        "Wazir=وزیر", "Mehsud|Mahsud|Mehsood=محسود", "Swati=سواتی", "Tanoli=تنولی", "Jadoon|Jadun=جدون",
        "Shah=شاہ", "Gul=گل", "Durrani=درانی", "Kakar=کاکڑ", "Achakzai=اچکزئی", "Tareen|Tarin=ترین",
        "Lodhi|Lodhee=لودھی", "Niazi=نیازی", "Gandapur=گنڈاپور", "Kundi=کنڈی", "Bhittani|Bhitani=بیٹنی",
        "Dawar|Daur=داوڑ", "Turi=طوری", "Mashwani=مشوانی", "Utmankhel=عثمان خیل", "Tarkani=ترکانی",
        "Safi=صافی", "Kakakhel=کاکاخیل", "Qureshi|Kureshi=قریشی", "Awan=اعوان", "Abbasi=عباسی",
        "Gujjar|Gujar=گجر", "Hashmi=ہاشمی", "Siddiqui|Siddiqi=صدیقی", "Mughal=مغل", "Chitrali=چترالی",
        "Kohistani=کوہستانی", "Jan=جان", "Zada=زادہ", "Khalil=خلیل", "Mohmandzai=مہمندزئی",
    ].map(NameEntry.init)

    /// The word many women's names end with.
    public static let bibi = NameEntry("Bibi=بی بی")

    /// Neighbourhood names for addresses.
    public static let mohallas: [String] = [
        "Jangi", "Khudadad", "Sethian", "Gulbahar", "Qazi Khel", "Mir Khel", "Kakakhel", "Saeedabad",
        "Faqirabad", "Nauthia", "Tehkal", "Mohabbatabad", "Shaheen Town", "Gulshan Colony", "Bazar Kalan",
        "Hayatabad", "Afghan Colony", "Madina Colony", "Sikandarpura", "Ganj",
    ]
}
