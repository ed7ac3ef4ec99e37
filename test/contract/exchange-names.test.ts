// The Exchange under another of its names is not "another stock exchange" (EXCHANGE_IS_HKEX at the cell).
import { namesTheExchange } from "../../src/contract/row-readers";

test.each(["Hong Kong Stock Exchange", "HKEX", "SEHK", "HKSE", "The Exchange", "exchange", "香港聯合交易所", "聯交所", "港交所", "香港交易所", "本交易所"])(
  "%p names the Exchange", (name) => {
    expect(namesTheExchange(name)).toBe(true);
  });

test.each(["London Stock Exchange", "Nasdaq", "Singapore Exchange", "上海證券交易所", "New York Stock Exchange"])("%p is another exchange", (name) => {
  expect(namesTheExchange(name)).toBe(false);
});
