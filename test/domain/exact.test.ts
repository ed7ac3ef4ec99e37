import Decimal from "decimal.js";
import { exactAmount, quotientHalfUp } from "../../src/domain/exact";

describe("quotientHalfUp", () => {
  it("rounds an exact half up", () => {
    expect(quotientHalfUp(1, 8, 2).toFixed()).toBe("0.13"); // 0.125
  });

  it("rounds just below a half down", () => {
    expect(quotientHalfUp("124999999999999999999999", "1000000000000000000000000", 1).toFixed()).toBe("0.1");
  });

  it("rounds a negative half away from zero", () => {
    expect(quotientHalfUp(-1, 8, 2).toFixed()).toBe("-0.13");
  });

  it("divides decimals exactly (500,382,813.6 ÷ 982,000 = 509.55479… → 509.5548)", () => {
    expect(quotientHalfUp("500382813.6", 982000, 4).toFixed()).toBe("509.5548");
  });

  it("drops trailing zeros of the rounded result", () => {
    expect(quotientHalfUp(1865000000 * 100, 34528336530, 2).toFixed()).toBe("5.4"); // 5.4013… → 5.40
  });
});

describe("exactAmount: a cell's number as Excel shows it (15 significant digits)", () => {
  it("reads a formula's binary noise as the amount on the screen", () => {
    expect(exactAmount(30599.999999999996).toFixed()).toBe("30600");
    expect(exactAmount(0.1 + 0.2).toFixed()).toBe("0.3");
  });

  it("keeps a typed price's every digit", () => {
    expect(exactAmount(509.5548).toFixed()).toBe("509.5548");
    expect(exactAmount(500382813.6).toFixed()).toBe("500382813.6");
  });

  it("leaves a Decimal as it is", () => {
    expect(exactAmount(new Decimal("1.23456789012345678")).toFixed()).toBe("1.23456789012345678");
  });
});

