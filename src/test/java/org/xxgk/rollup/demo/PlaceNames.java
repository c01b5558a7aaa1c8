package org.xxgk.rollup.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented place names for generated registries, unique by index and computed, not stored, so a set of any size costs
 * no memory. Units and the regions above them draw from disjoint characters, none of which occurs in a report's title
 * wording (人民政府, 年度报告...), so a unit's name, and the two-character core its reports may use, is found in a
 * title only where that unit is meant.
 */
final class PlaceNames {

	private static final String UNIT_CHARACTERS = "安平和兴福新东西南北长永宁丰泰康华阳明光清河山石林田云龙凤金玉德义仁礼嘉高广大小上青白红黄绿沙湖江海溪桥塘坡岭岗峰岩洞泉井湾港洲岛源滩坝堡屯寨营庄店集铺桂松柏竹梅兰菊荷桃李杏柳槐枫樟茶麻桑稻禾谷粮米豆瓜果花草木森岚霞雪霜雨露星辰春夏秋冬温暖顺盛隆茂荣富贵吉祥瑞庆喜怡悦美秀丽雅静靖宣武英雄豪杰忠孝廉洁贤良善真诚朴勤俭敬恒远博厚载深幽灵碧翠蓝紫银铜铁锦绣彩虹鹤鹿鸣燕莺蝶";

	private static final String REGION_CHARACTERS = "甲乙丙丁戊己庚辛壬癸子丑寅卯巳午未申酉戌亥赵钱孙周吴郑王冯陈褚卫蒋沈韩朱秦尤许何吕施张孔曹严魏陶姜谢邹喻窦章苏潘葛奚范彭鲁韦马苗方俞任袁鲍史唐费薛雷贺倪汤滕殷罗毕郝邬常于时傅皮卞齐伍余元卜顾孟穆萧尹姚邵湛汪祁毛禹狄贝臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公";

	private final List<Integer> unitCharacters;

	private final List<Integer> regionCharacters;

	private final int unitLength;

	private final int regionLength;

	/** Names for up to {@code units} units and {@code regions} regions; within a kind every name has one length. */
	PlaceNames(long seed, int unitCount, int regionCount) {
		Set<Integer> units = new LinkedHashSet<>();
		UNIT_CHARACTERS.codePoints().forEach(units::add);
		Set<Integer> regions = new LinkedHashSet<>();
		REGION_CHARACTERS.codePoints().filter((c) -> !units.contains(c)).forEach(regions::add);
		regions.removeAll(List.of((int) '公', (int) '国', (int) '家', (int) '文'));
		this.unitCharacters = shuffled(units, seed);
		this.regionCharacters = shuffled(regions, seed + 1);
		// one length per kind: a longer name would contain a shorter one's core
		this.unitLength = lengthFor(unitCount, this.unitCharacters.size());
		this.regionLength = lengthFor(regionCount, this.regionCharacters.size());
	}

	private static int lengthFor(int count, int characters) {
		int length = 2;
		while (Math.pow(characters, length) < count) {
			length++;
		}
		return length;
	}

	private static List<Integer> shuffled(Set<Integer> characters, long seed) {
		List<Integer> list = new ArrayList<>(characters);
		Collections.shuffle(list, new Random(seed));
		return List.copyOf(list);
	}

	/** The core of the {@code index}th unit's name: two characters, three when the set needs more names. */
	String unitCore(int index) {
		return name(this.unitCharacters, this.unitLength, index);
	}

	/** The core of the {@code index}th region's name (all levels share one sequence, so no two collide). */
	String regionCore(int index) {
		return name(this.regionCharacters, this.regionLength, index);
	}

	private static String name(List<Integer> characters, int length, int index) {
		int size = characters.size();
		long capacity = (long) Math.pow(size, length);
		if (index >= capacity) {
			throw new IllegalArgumentException("Too many names: " + index);
		}
		// a stride prime to the capacity spreads neighbouring indexes over different characters, one to one
		long scrambled = Math.floorMod(index * 7919L + 13, capacity);
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < length; i++) {
			name.appendCodePoint(characters.get((int) (scrambled % size)));
			scrambled /= size;
		}
		return name.toString();
	}

}
