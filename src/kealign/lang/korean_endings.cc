#include "kealign/lang/korean_endings.h"

#include <algorithm>
#include <array>

namespace kealign::lang {
namespace {

constexpr char32_t kFirstSyllable = 0xAC00;
constexpr char32_t kLastSyllable = 0xD7A3;

// Final consonant (jongseong) indices of a Hangul syllable, as in Unicode's decomposition.
constexpr int kJongN = 4;    // ㄴ: 한다, 는다
constexpr int kJongL = 8;    // ㄹ: 할까, 할게, 할래
constexpr int kJongB = 17;   // ㅂ: 습니까, 합니까
constexpr int kJongS = 19;   // ㅅ: 주젯다 (a name), not a stem before 다
constexpr int kJongSs = 20;  // ㅆ: 했음, 있어, 겠지

constexpr int kJongM = 16;   // ㅁ: the nominaliser of 빠름, 잠, 함, 됨
constexpr int kJongBs = 18;  // ㅄ: 없음, 없재

bool IsSyllable(char32_t c) { return c >= kFirstSyllable && c <= kLastSyllable; }

// Medial vowel (jungseong) indices, as in Unicode's decomposition.
constexpr int kVowelA = 0;    // ㅏ
constexpr int kVowelAe = 1;   // ㅐ
constexpr int kVowelEo = 4;   // ㅓ
constexpr int kVowelYeo = 6;  // ㅕ
constexpr int kVowelWa = 9;   // ㅘ
constexpr int kVowelWo = 14;  // ㅝ

int Jong(char32_t syllable) {
  return IsSyllable(syllable) ? static_cast<int>((syllable - kFirstSyllable) % 28) : -1;
}

// The Hangul syllable encoded at `s[pos]`, or 0 if none is. Syllables are three UTF-8 bytes,
// EA B0 80 to ED 9E A3, so this needs no general decoder and never reads past `s`.
char32_t SyllableAt(std::string_view s, std::size_t pos) {
  if (pos + 3 > s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[pos]);
  const auto b1 = static_cast<unsigned char>(s[pos + 1]);
  const auto b2 = static_cast<unsigned char>(s[pos + 2]);
  if (b0 < 0xEA || b0 > 0xED || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
  const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) |
                     (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
  return IsSyllable(c) ? c : 0;
}

// Whether a syllable final can close a Sino-Korean syllable: ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ.
bool IsSinoFinal(int jong) {
  return jong == 1 || jong == 4 || jong == 8 || jong == 16 || jong == 17 || jong == 21;
}

int Vowel(char32_t syllable) {
  return IsSyllable(syllable) ? static_cast<int>((syllable - kFirstSyllable) / 28 % 21) : -1;
}

// Whether `syllable` is open (no final consonant) and its vowel is one an -아/-어 ending
// leaves on a stem: 가, 해, 서, 려, 와, 워 (밝아, 버려, 봐, 어려워).
bool IsOpenAEo(char32_t syllable) {
  const int v = Vowel(syllable);
  return Jong(syllable) == 0 && (v == kVowelA || v == kVowelAe || v == kVowelEo || v == kVowelYeo ||
                                 v == kVowelWa || v == kVowelWo);
}

bool In(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

// The last syllables of a word, last first, and how many of the word's trailing code points
// are syllables (capped at the array size).
struct Tail {
  std::array<char32_t, 4> s{};  // s[0] is the last syllable
  int syllables = 0;            // trailing Hangul syllables, at most 4
  bool whole = false;           // the word is exactly these `syllables`
};

Tail ReadTail(std::string_view word) {
  Tail t;
  std::size_t end = word.size();
  while (end >= 3 && t.syllables < 4) {
    const char32_t c = SyllableAt(word, end - 3);
    if (c == 0) break;
    t.s[t.syllables++] = c;
    end -= 3;
  }
  t.whole = end == 0;
  return t;
}

// The first syllables of a word, first first.
struct Head {
  std::array<char32_t, 3> s{};
  int syllables = 0;
  bool whole = false;  // the word is exactly these `syllables`
};

Head ReadHead(std::string_view word) {
  Head h;
  std::size_t pos = 0;
  while (h.syllables < 3) {
    const char32_t c = SyllableAt(word, pos);
    if (c == 0) break;
    h.s[h.syllables++] = c;
    pos += 3;
  }
  h.whole = pos == word.size();
  return h;
}

bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view s : suffixes) {
    if (word.ends_with(s)) return true;
  }
  return false;
}

bool StartsWithAny(std::string_view word, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (word.starts_with(p)) return true;
  }
  return false;
}

// Quotative particles and the verb 하다 in the forms that follow a quotation or a quoted
// clause: "…한다 라고", "…좋다 하며", "…했다 했다", "…" 하고.
bool IsQuotativeWord(std::string_view word, const Head& h) {
  if (h.syllables == 0) return false;
  if (h.whole && h.syllables == 1 && In(h.s[0], U"고며면는란라")) return true;
  if (StartsWithAny(word, {"라고", "라는", "라며", "라니", "라던", "라구", "란다", "이라고",
                           "이라는", "이라며", "이라면", "이라니"})) {
    return true;
  }
  const char32_t a = h.s[0];
  const char32_t b = h.syllables >= 2 ? h.s[1] : 0;
  if (a == U'하' && In(b, U"고며면는던니여자더기길곤였시세다")) return true;
  // Colloquial 하더라(고) and Gyeongsang 카더라: "…간다 하드라고", "…온다 카드라".
  if (word.starts_with("하드라") || word.starts_with("카드라")) return true;
  if (a == U'해' && (h.syllables == 1 || In(b, U"도서요야"))) return true;
  if (a == U'했') return true;
  if (a == U'한' && b == U'다') return true;
  if (a == U'합' && b == U'니') return true;
  if (a == U'카' && In(b, U"더는데")) return true;
  if (a == U'캤') return true;
  return false;
}

// Endings in 다: declaratives (했다, 한다, 있다, 이다, 좋다, 아름답다, 예쁘다) against the
// connective 다(가) of 가져다 / 내려가다 and nouns and names (바다, 최다, 그라나다).
KoreanEnding ClassifyDa(std::string_view eojeol, const Tail& t) {
  using E = KoreanEnding;
  if (t.syllables < 2) return E::kNone;  // the adverb 다 ("all"), or 다 after a digit
  const char32_t s1 = t.s[1];
  const char32_t s2 = t.syllables >= 3 ? t.s[2] : 0;
  if (t.whole && (eojeol == "냅다" || eojeol == "최다" || eojeol == "수다")) return E::kNone;
  // Loanwords and names in -nda read like the -ㄴ다 ending of 간다, 한다: 혼다 (Honda), 린다
  // (Linda; but 열린다, 그린다 are verbs, so whole words only), 아젠다. 판다 is a panda as
  // often as "sells".
  if (t.whole && (eojeol == "혼다" || eojeol == "린다" || eojeol == "아젠다" ||
                  eojeol == "어젠다" || eojeol == "베란다" || eojeol == "우간다" ||
                  eojeol == "르완다" || eojeol == "아나콘다" || eojeol == "프로파간다" ||
                  eojeol == "아만다" || eojeol == "미란다" || eojeol == "브렌다" ||
                  eojeol == "브랜다" || eojeol == "글렌다" || eojeol == "욜란다" ||
                  eojeol == "폰다" || eojeol == "완다" || eojeol == "루안다")) {
    return E::kNone;
  }
  if (t.whole && eojeol == "판다") return E::kAmbiguous;
  if (eojeol.ends_with("갖다")) return E::kNone;  // 갖다 주다, 갖다 놓다
  if (eojeol.ends_with("바다")) return E::kNone;
  if (s1 == U'보') {
    // The particle 보다 ("than") unless it is the auxiliary of 했나 보다 ("it seems").
    return s2 == U'나' && t.syllables >= 4 && Jong(t.s[3]) == kJongSs ? E::kStrong : E::kNone;
  }
  if (s1 == U'마') return E::kNone;  // the particle 마다 ("every")
  const int j1 = Jong(s1);
  if (j1 == kJongSs || j1 == kJongN || s1 == U'니' || s1 == U'이') return E::kStrong;
  // Stems closed by a consonant other than ㅅ: 좋다 없다 같다 높다 많다 싫다 춥다 먹다 길다.
  if (j1 != 0 && j1 != kJongS) return E::kStrong;
  // Open stems of adjectives and of verbs whose dictionary form ends sentences in notes.
  if (In(s1, U"쁘프르크쓰싸짜차빠끄트")) return E::kStrong;
  // 행복하다, 안되다 end sentences; as often 하다 is the connective of 수영하다 익사했다.
  if (s1 == U'하' || s1 == U'되') return E::kAmbiguous;
  // Other open stems: 웃기다, 가다, 비싸다, 아프다 end sentences, but so do names (캐나다),
  // and 다 after -어/-여 or the particle 에 is the connective of 가져다, 내려다, 앞치마에다.
  if (Jong(s1) == 0 && Vowel(s1) != kVowelEo && Vowel(s1) != kVowelYeo && s1 != U'에' &&
      s1 != U'애') {
    return E::kAmbiguous;
  }
  return E::kNone;
}

// Nominalised final forms: the -(으)ㅁ of 했음, 좋음, 빠름, 꼼꼼함, 실망임, 잘 됨, 밝아짐,
// 해줌, 친절하심, 힘듦 ends informal sentences (reviews, notes, diaries). The same syllables
// end nouns (마음, 웃음, 사람, 이름, 게임, 포함, 점심), so the class depends on the syllable
// the ending is built on. `t.s[0]` is closed by ㅁ or ㄻ.
KoreanEnding ClassifyNominal(std::string_view eojeol, const Tail& t) {
  using E = KoreanEnding;
  const char32_t s0 = t.s[0];
  const bool two = t.syllables >= 2;
  const char32_t s1 = two ? t.s[1] : 0;
  const int j1 = Jong(s1);
  switch (s0) {
    case U'음':
      // -음 follows a closed stem: 했음, 없음, 좋음, 늦음. After an open syllable it is a noun
      // (마음, 처음, 다음, 소음).
      if (!two || j1 <= 0) return E::kNone;
      if (j1 == kJongSs || j1 == kJongBs) return E::kStrong;
      // Sino-Korean syllables close only in ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ, and 音 makes nouns of them
      // (잡음, 복음, 발음, 녹음); a stem closed by any other consonant is native, so the word
      // is a verb or adjective (좋음, 같음, 늦음, 싶음, 않음, 읽음, 밝음) unless it is one of
      // the few nouns so built.
      if (IsSinoFinal(j1)) {
        return In(s1, U"먹작적찍좁씹입") ? E::kWeak : E::kNone;  // 먹음, 작음, 적음
      }
      if (EndsWithAny(eojeol, {"웃음", "믿음", "묶음", "볶음", "젊음", "받음"})) return E::kNone;
      return E::kWeak;
    case U'임':
      // The copula after a quoted or foreign noun: '술꾼'임, SNL임, 100%임.
      if (!two) return t.whole ? E::kNone : E::kWeak;
      if (In(s1, U"것거뿐중때편")) return E::kStrong;
      if (In(s1, U"모책사취주연재신퇴부선담방일위후전유월차운직시이채상개구인청조지기도게타네레라"))
        return E::kNone;
      return E::kWeak;  // 집임, 짱임, 실망임, 때문임
    case U'함':
      // 하다 verbs and adjectives nominalised: 추천함, 꼼꼼함, 불편함, 해야함. Two syllables
      // are as often nouns and names (포함, 군함, 고함, 엘함) or one half of a compound (변함
      // 없는); alone it is 안 함 or a box. -함 is also the noun "box" (사서함, 보관함).
      if (t.syllables >= 2 && In(s1, U"야아어워여")) return E::kWeak;  // 해야함, 좋아함
      if (t.syllables < 3) return two && In(s1, U"포전군자물체우함고소") ? E::kNone : E::kAmbiguous;
      if (EndsWithAny(eojeol, {"사서함", "사물함", "보관함", "수납함", "투표함", "모금함", "건의함",
                               "우편함", "공구함", "보석함", "신고함", "우체함"})) {
        return E::kNone;
      }
      return E::kWeak;
    case U'됨':
      return E::kWeak;  // 됨 is only the verb: 잘 됨, 완료됨
    case U'심':
      // The honorific -시- nominalised (친절하심, 계심); 점심, 관심, 오심, 주심 are nouns.
      return two && In(s1, U"하계드") ? E::kWeak : E::kNone;
    case U'듦':
      return E::kWeak;  // 힘듦, 줄어듦
    case U'김':
      if (s1 == U'웃') return E::kWeak;  // 웃김
      break;
    case U'움':
      // ㅂ-irregular adjectives nominalised: 어려움, 무서움, 귀여움, 반가움, 아름다움. 도움,
      // 싸움, 배움 are nouns.
      if (two && Jong(s1) == 0 && s1 != U'싸' &&
          (Vowel(s1) == kVowelA || Vowel(s1) == kVowelEo || Vowel(s1) == kVowelYeo)) {
        return E::kWeak;
      }
      break;
    case U'럼':
      return E::kNone;  // the particle 처럼
    case U'님':
      return E::kNone;  // the honorific suffix: 어머님, 고객님
    default:
      break;
  }
  if (Jong(s0) != kJongM) return E::kNone;
  // The nominaliser on an open stem. After an -아/-어 form the syllable is an auxiliary verb,
  // so the word is a verb: 가져감, 오래감, 밝아짐, 나와봄, 놓아둠, and of two syllables the
  // common contractions 해줌, 가봄, 써봄 (not 마감, 대감).
  if (In(s0, U"감옴줌짐봄둠림냄") &&
      (t.syllables >= 3 ? IsOpenAEo(s1) : two && In(s1, U"해와봐써줘놔돼가"))) {
    return eojeol == "가감" ? E::kNone : E::kWeak;
  }
  // Otherwise as many nouns end the same way (사람, 이름, 그림, 마감, 김): see
  // `EndsInNominaliser`.
  return E::kNone;
}

}  // namespace

KoreanEnding ClassifyKoreanEnding(std::string_view eojeol) {
  const Tail t = ReadTail(eojeol);
  if (t.syllables == 0) return KoreanEnding::kNone;
  const char32_t s0 = t.s[0];
  const char32_t s1 = t.syllables >= 2 ? t.s[1] : 0;
  const char32_t s2 = t.syllables >= 3 ? t.s[2] : 0;
  const bool two = t.syllables >= 2;
  const int j1 = Jong(s1);
  using E = KoreanEnding;
  // 욤 and 염 are the cute polite ending (-용), below.
  if ((Jong(s0) == kJongM && s0 != U'욤' && s0 != U'염') || s0 == U'듦') {
    return ClassifyNominal(eojeol, t);
  }
  switch (s0) {
    case U'다':
      return ClassifyDa(eojeol, t);
    case U'요':
      if (!two) return E::kNone;
      if (EndsWithAny(eojeol, {"주요", "필요", "중요", "수요", "소요", "강요", "동요", "개요",
                               "풍요", "요요", "월요", "화요", "목요", "금요", "토요", "일요"}) ||
          (t.whole && eojeol == "고요")) {
        return E::kNone;
      }
      return E::kStrong;
    case U'죠':
    case U'쥬':
      return two ? E::kStrong : E::kNone;
    case U'죵':
      return two ? E::kWeak : E::kNone;
    case U'까':
      if (s1 == U'니' && Jong(s2) == kJongB) return E::kStrong;  // 습니까, 합니까
      if (two && j1 == kJongL) return E::kWeak;                  // 할까, 일까
      return E::kNone;                                           // 니까 ("because")
    case U'네':
      if (!two || EndsWithAny(eojeol, {"동네", "그네", "너네", "니네", "우리네", "저네", "당신네",
                                       "이웃네", "집네"})) {
        return E::kNone;
      }
      // 했네, 좋네, 하네 are endings; 아테네, 제네 are more often names.
      return j1 == kJongSs || In(s1, U"좋같많없하되이않싫") ? E::kWeak : E::kAmbiguous;
    case U'군':
      return two && (j1 == kJongSs || In(s1, U"는렇이겠")) ? E::kWeak : E::kNone;
    case U'나':
      if (s1 == U'구' && s2 != U'누') return E::kStrong;  // 구나, not 누구나
      return two && (j1 == kJongSs || s1 == U'긋') ? E::kWeak : E::kNone;
    case U'먼':
      return s1 == U'구' ? E::kStrong : E::kNone;
    case U'만':
      return s1 == U'구' && t.syllables >= 3 ? E::kWeak : E::kNone;
    case U'듯':
      // "…인 듯" ends informal sentences; 반영하듯 is a connective ("as if").
      return t.whole && t.syllables == 1 ? E::kWeak : E::kAmbiguous;
    case U'당':
      return two && (s1 == U'니' || j1 == kJongSs) ? E::kWeak : E::kNone;
    case U'용':
    case U'욤':
    case U'염':
      return In(s1, U"네까아어해세죠에데게래여워져봐와줘니") ? E::kWeak : E::kNone;
    case U'유':
      return In(s1, U"아어해여세와워봐줘겨구지께데니가혀") ? E::kWeak : E::kNone;
    case U'슈':
      // Dialect -슈 (먹었슈, 했슈, 가슈).
      return two && (j1 == kJongSs || IsOpenAEo(s1)) ? E::kWeak : E::kNone;
    case U'겨':
      // Dialect -ㄹ겨 ("-ㄹ 거야": 할겨, 갈겨, 먹을겨); not 즐겨, 곁들여 (-어 on a stem).
      return In(s1, U"할갈볼줄올될쓸릴킬칠낼을탈놀살잘") ? E::kWeak : E::kNone;
    case U'롱':
      return s1 == U'지' ? E::kWeak : E::kNone;  // 했지롱, 싫지롱
    case U'재':
    case U'제':
      // Dialect -재/-제 ("-지") after a past or 없- stem: 없재, 싶았제. 문제, 축제 are nouns.
      return two && (j1 == kJongSs || j1 == kJongBs) ? E::kWeak : E::kNone;
    case U'려':
    case U'봐':
    case U'줘':
    case U'워':
    case U'져':
      // Banmal -아/-어 on contracted stems: 버려, 기다려봐, 해줘, 어려워, 꺼져. As often
      // connectives or nouns (고려, 샤워): a boundary only before an opener or after
      // emoticons. (Not 와, far more often the particle: 너와 네.)
      return two ? E::kAmbiguous : E::kNone;
    case U'햐':
      return two ? E::kAmbiguous : E::kNone;  // dialect 해: 우묵햐
    case U'어':
      // 했어, 봤어: past tense before 어 ends sentences (있어 is also "because there is").
      if (j1 == kJongSs && s1 != U'있') return E::kWeak;
      return two && (j1 == kJongSs || In(s1, U"좋싫많없않먹맞싶넣놓읽높작같알")) ? E::kAmbiguous
                                                                                 : E::kNone;
    case U'아':
      if (s1 == U'잖' || s1 == U'찮') return E::kWeak;  // 잖아, 괜찮아
      if (j1 == kJongSs) return E::kWeak;               // 갔아 (dialect), 샀아
      return two && In(s1, U"좋같많않맞알놓높작") ? E::kAmbiguous : E::kNone;
    case U'야':
      if (In(s1, U"거이예뭐냐") || (s1 == U'니' && s2 == U'아')) return E::kWeak;  // 거야, 아니야
      return E::kNone;
    case U'지':
      if (two && j1 == kJongSs) return E::kWeak;  // 했지, 있지, 겠지
      return two && In(s1, U"좋렇맞같싫거잖") ? E::kAmbiguous : E::kNone;
    case U'래':
      // 할래, 먹을래; not 몰래 or the connective 길래.
      return In(s1, U"할갈볼줄올될쓸릴킬칠낼을탈놀살잘") ? E::kWeak : E::kNone;
    case U'구':
      // Colloquial -구 for -고 after a final ending: 하더라구, 하자구, 한다구, 뭐냐구. Not the
      // intention of 쌓을라구, 할라구 ("in order to").
      if (s1 == U'라') return Jong(s2) == kJongL || s2 == U'을' ? E::kNone : E::kWeak;
      return two && In(s1, U"자냐") ? E::kWeak : E::kNone;
    case U'대':
      return two && j1 == kJongSs ? E::kWeak : E::kNone;
    case U'냐':
      return two ? E::kWeak : E::kNone;
    case U'니':
      return two && j1 == kJongSs ? E::kWeak : E::kNone;
    case U'자':
      // 하자, 가자 propose; just as often 하자 means "when … did" (…라고 하자 마침).
      return t.whole && t.syllables <= 3 && In(s1, U"하가보놀먹쉬") ? E::kAmbiguous : E::kNone;
    case U'게':
      // The promise -ㄹ게 (할게, 갈게, 먹을게), not adverbs on ㄹ stems (길게, 힘들게).
      return In(s1, U"할갈볼줄올될쓸릴킬칠낼을탈") ? E::kWeak : E::kNone;
    case U'고':
      // The retrospective -더라고 (했더라고, 하드라고) ends spoken sentences; other -고 is
      // the connective.
      return s1 == U'라' && In(s2, U"더드") ? E::kWeak : E::kNone;
    case U'걸':
      return two && (j1 == kJongL || s1 == U'는') ? E::kWeak : E::kNone;
    case U'든':
      return s1 == U'거' ? E::kWeak : E::kNone;
    case U'라':
      // -기라 (dialect), and the retrospective -더라 (좋더라), spoken -드라 after 하, 카 or a
      // past stem (하드라, 카드라, 했드라); 켄드라 and 툰드라 are names and nouns.
      if (s1 == U'드') return In(s2, U"하카") || Jong(s2) == kJongSs ? E::kWeak : E::kNone;
      return two && In(s1, U"기더") ? E::kWeak : E::kNone;
    case U'마':
      // 하지마, 가지마; not the names 나카지마, 가와지마.
      return s1 == U'지' && In(s2, U"하가울먹놀죽나오보자말웃잊") ? E::kWeak : E::kNone;
    default:
      return E::kNone;
  }
}

bool EndsInNominaliser(std::string_view eojeol) {
  // Called for every word: decode the last syllable, and the one before only if needed.
  if (eojeol.size() < 3) return false;
  const char32_t s0 = SyllableAt(eojeol, eojeol.size() - 3);
  const int jong = Jong(s0);
  if ((jong != kJongM && jong != 10) || s0 == U'님' || s0 == U'럼') return false;  // ㅁ, ㄻ
  // 점점, 맘맘: reduplicated adverbs.
  return eojeol.size() < 6 || SyllableAt(eojeol, eojeol.size() - 6) != s0;
}

bool ContinuesKoreanSentence(std::string_view eojeol, KoreanEnding ending,
                             std::string_view next_eojeol) {
  if (ending == KoreanEnding::kNone) return false;
  const Head h = ReadHead(next_eojeol);
  if (h.syllables == 0) return false;
  if (IsQuotativeWord(next_eojeol, h)) return true;
  // "-다 보니", "-다 말고", "-다 싶다", "-다 생각했다", and nouns that take a nominal
  // ending as their modifier ("성실함 속에", "있음 때문에").
  if (StartsWithAny(next_eojeol,
                    {"보니",   "보면",   "보다가", "말고",   "못해",     "못한",   "싶",   "시피",
                     "생각하", "생각했", "생각한", "생각해", "생각들",   "속에",   "속의", "때문",
                     "덕분",   "뿐",     "두려",   "걱정",   "보이",     "보였",   "보인", "보일",
                     "쳐",     "치고",   "치자",   "친다",   "치더라도", "정도로", "만큼"})) {
    return true;
  }
  // A connective -어/-아/-지/-게 before an auxiliary verb: 먹어 봤다, 해 줘, 하지 않다, 하게 됐다.
  // Words that join two parts of one sentence and never open one: "…두려움 및 불면증",
  // "…함 또는", and 없이/없는 after a nominal form ("변함 없는", "쉼 없이").
  std::string_view bare = next_eojeol;
  while (!bare.empty() && (bare.back() == ',' || bare.back() == '.')) bare.remove_suffix(1);
  if (bare == "및" || bare == "또는" || bare == "내지" || bare == "등" || bare == "겸" ||
      bare == "없이" || bare == "없는") {
    return true;
  }
  const Tail t = ReadTail(eojeol);
  if (t.syllables == 0 || !In(t.s[0], U"어아지게야여워와줘해봐돼")) return false;
  const char32_t a = h.s[0];
  const char32_t b = h.syllables >= 2 ? h.s[1] : 0;
  if (In(a, U"봐봤봅줘줬줍둬뒀놨싶않못돼됐될됩된했한할합해")) return true;
  if (In(a, U"보주두드버놓있되말마계") &&
      In(b, U"고니면세시자는기려리렸린았었여아어지게다요며서도라준")) {
    return true;
  }
  return h.whole && h.syllables == 1 && In(a, U"안못마봐줘");
}

namespace {

template <std::size_t N>
constexpr std::array<std::string_view, N> Sorted(std::array<std::string_view, N> words) {
  std::sort(words.begin(), words.end());
  return words;
}

constexpr auto kConjunctions = Sorted(std::to_array<std::string_view>(
    {"하지만", "그러나", "그런데", "근데", "그래서", "그러니까", "그니까", "따라서", "그러므로",
     "게다가", "아무튼", "암튼", "어쨌든", "그럼", "그러면", "그래도", "한편", "반면", "반면에",
     "그러자", "그러더니",
     // dialect: 근디 (근데), 긍께 and 그니께 (그러니까)
     "근디", "긍께", "그니께"}));

constexpr auto kOpeners = Sorted(std::to_array<std::string_view>(
    {"그리고", "또",       "또한",   "결국",   "물론",   "사실",   "이제",   "그냥",   "진짜",
     "정말",   "완전",     "아",     "아니",   "오",     "와",     "우와",   "헐",     "음",
     "흠",     "네",       "예",     "응",     "이거",   "그거",   "저거",   "이건",   "그건",
     "저건",   "여기",     "거기",   "저기",   "나",     "난",     "내가",   "나는",   "나도",
     "너",     "넌",       "네가",   "니가",   "너는",   "우리",   "우린",   "우리는", "저",
     "저는",   "전",       "제가",   "저도",   "저희",   "저희는", "오늘",   "오늘은", "내일",
     "어제",   "요즘",     "지금",   "지금은", "혹시",   "역시",   "특히",   "다만",   "대신",
     "왜",     "뭐",       "어떻게", "언제",   "누가",   "다들",   "다음",   "다음은", "다음에",
     "다음엔", "처음엔",   "앞으로", "이번엔", "그때",   "이때",   "드디어", "마침내", "일단",
     "우선",   "먼저",     "솔직히", "아마",   "어쩌면", "혹은",   "즉",     "이렇게", "그래",
     "그치만", "아무래도", "얘들아", "애들아", "여러분"}));

}  // namespace

KoreanOpener ClassifyKoreanOpener(std::string_view eojeol) {
  while (!eojeol.empty() && (eojeol.back() == ',' || eojeol.back() == '.')) {
    eojeol.remove_suffix(1);
  }
  // Every listed word is one to four syllables (3 to 12 bytes) of Hangul.
  if (eojeol.size() < 3 || eojeol.size() > 12 || static_cast<unsigned char>(eojeol[0]) < 0xEA) {
    return KoreanOpener::kNone;
  }
  if (std::binary_search(kConjunctions.begin(), kConjunctions.end(), eojeol)) {
    return KoreanOpener::kConjunction;
  }
  if (std::binary_search(kOpeners.begin(), kOpeners.end(), eojeol)) {
    return KoreanOpener::kOpener;
  }
  return KoreanOpener::kNone;
}

bool ContinuesAfterQuote(std::string_view rest, bool after_space) {
  if (rest.empty()) return false;
  if (!after_space) return SyllableAt(rest, 0) != 0;
  std::size_t end = 0;
  while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t' && rest[end] != '\n' &&
         rest[end] != '\r') {
    ++end;
  }
  std::string_view word = rest.substr(0, end);
  // A verb of saying right after the quotation, its 고 dropped: "…" 말했다, "…" 밝혔다.
  if (StartsWithAny(word, {"말했", "밝혔", "전했", "강조했", "덧붙였", "발표했", "설명했", "주장했",
                           "지적했", "물었", "답했", "외쳤", "비판했", "당부했"})) {
    return true;
  }
  return IsQuotativeWord(word, ReadHead(word));
}

bool EndsWithParticleOrConnective(std::string_view eojeol) {
  const Tail t = ReadTail(eojeol);
  if (t.syllables < 2 || !In(t.s[0], U"을를은는에의와과로고며면서만데및긴도야게지")) return false;
  // Some of these also end sentences: 할게, 거야, 했지, 하는구만.
  return !In(t.s[0], U"게야지만") || ClassifyKoreanEnding(eojeol) == KoreanEnding::kNone;
}

bool IsKoreanEnumerator(std::string_view eojeol) {
  const Head h = ReadHead(eojeol);
  if (h.whole && h.syllables == 1) return In(h.s[0], U"가나다라마바사아자차카타파하");
  // 제1조, 제 3 항, 제2장, 제3조의2
  if (!eojeol.starts_with("제")) return false;
  std::size_t pos = 3;
  auto skip_spaces = [&] {
    while (pos < eojeol.size() && eojeol[pos] == ' ') ++pos;
  };
  auto digits = [&] {
    std::size_t start = pos;
    while (pos < eojeol.size() && eojeol[pos] >= '0' && eojeol[pos] <= '9') ++pos;
    return pos > start;
  };
  skip_spaces();
  if (!digits()) return false;
  skip_spaces();
  if (pos >= eojeol.size()) return false;
  const char32_t unit = SyllableAt(eojeol, pos);
  if (unit == 0 || !In(unit, U"조항호장절편관부권회목")) return false;
  pos += 3;
  if (eojeol.substr(pos).starts_with("의")) {
    pos += 3;
    if (!digits()) return false;
  }
  return pos == eojeol.size();
}

}  // namespace kealign::lang
