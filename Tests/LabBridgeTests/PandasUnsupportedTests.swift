import XCTest

/// What the pandas layer does not do ends in NotImplementedError naming it, never a different
/// answer: several groupby keys, MultiIndex results, DataFrame methods it lacks, numpy's
/// Generator normals.
final class PandasUnsupportedTests: BridgeTestCase {
    private let frame = "import pandas as pd\ndf = pd.DataFrame({'k': ['a', 'b', 'a'], 'v': [1, 2, 3], 'w': [0.5, 1.5, 2.5]})\n"

    func testGroupByKeysAndAggregationsItCannotBuildAreRefused() {
        XCTAssertEqual(failure(frame + "df.groupby(['k', 'v'])"),
                       "NotImplementedError: groupby by list (several keys or a function) is not supported by labrun; group by one column name")
        XCTAssertEqual(failure(frame + "df.groupby('k').agg({'v': ['sum', 'mean']})"),
                       "NotImplementedError: groupby agg with a list per column (MultiIndex columns) is not supported by labrun")
        XCTAssertEqual(failure(frame + "df.groupby('k').agg(['sum', 'mean'])"),
                       "NotImplementedError: groupby agg with a list on a DataFrameGroupBy (MultiIndex columns) is not supported by labrun")
        XCTAssertEqual(failure(frame + "df.groupby('k')['v'].agg('mode')"),
                       "NotImplementedError: groupby agg 'mode' is not supported by labrun (supported: mean, sum, count, size, max, min, std, median, first, last, nunique)")
        XCTAssertEqual(failure(frame + "df.groupby('k').apply(len)"), "NotImplementedError: GroupBy.apply is not supported by labrun")
        XCTAssertEqual(failure(frame + "df.groupby('v').mean()"), "NotImplementedError: groupby mean of str values is not supported by labrun")
    }

    func testMissingDataFrameMethodsAndWritesNameThemselves() {
        XCTAssertEqual(failure(frame + "df.merge(df, on='k')"), "NotImplementedError: DataFrame.merge is not supported by labrun")
        XCTAssertEqual(failure(frame + "df.loc[df['v'] > 1, 'v'] = 2.5"),
                       "NotImplementedError: writing floats into an int column (pandas would upcast it) is not supported by labrun")
        XCTAssertEqual(failure(frame + "df.loc[0] = [1, 2, 3]"),
                       "NotImplementedError: setting whole rows through loc is not supported by labrun; name a column")
        XCTAssertEqual(failure(frame + "df['v'].sort_values(ascending=False) + df['v']"),
                       "NotImplementedError: operations between Series with different labels (pandas aligns them by label) are not supported by labrun")
        XCTAssertEqual(failure(frame + "df['v'][1:]"),
                       "NotImplementedError: slicing a Series with [] is not supported by labrun; use .iloc[] or .head()")
        XCTAssertEqual(failure(frame + "df.mean()"),
                       "NotImplementedError: DataFrame.mean over the non-numeric column 'k' is not supported by labrun; pass numeric_only=True")
        XCTAssertEqual(failure(frame + "df.sum(axis=1)"), "NotImplementedError: DataFrame.sum(axis=1) is not supported by labrun")
        XCTAssertEqual(failure(frame + "df['k'].describe()"), "NotImplementedError: Series.describe of non-numeric values is not supported by labrun")
        XCTAssertEqual(failure(frame + "df['v'].index"),
                       "NotImplementedError: Series.index of a positional index (pandas' RangeIndex) is not supported by labrun")
        XCTAssertEqual(failure(frame + "print(pd.DataFrame({'x' * 30: [1], 'y' * 30: [2], 'z' * 30: [3]}).columns)"),
                       "NotImplementedError: printing an Index longer than one line (pandas wraps it) is not supported by labrun; print its tolist()")
        XCTAssertEqual(failure("import numpy as np\nnp.random.default_rng(0).normal()"),
                       "NotImplementedError: Generator.normal is not supported by labrun")
        XCTAssertEqual(failure("import numpy as np\nnp.random.poisson(3.0)"), "NotImplementedError: numpy.random.poisson is not supported by labrun")
        XCTAssertEqual(failure("import numpy as np\nnp.random.randint(5, dtype='int32')"),
                       "NotImplementedError: random integers of dtype 'int32' are not supported by labrun (int64 only)")
        XCTAssertEqual(failure("import numpy as np\nnp.random.choice(['a', 'b'])"),
                       "NotImplementedError: numpy.random choice from non-numeric values is not supported by labrun")
    }
}
