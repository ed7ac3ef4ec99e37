import { quotientHalfUp } from "../../src/domain/exact";

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
