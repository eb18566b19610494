import Foundation
import XCTest

/// `obj?` and `help(obj)` in the built `labrun repl`: the bridge's signature and description
/// lines, no undo step for a help request, and CPython's page for the lab's own function.
final class ReplHelpTests: XCTestCase {
    func testHelpRequestsShowSignaturesAndDescriptions() throws {
        let path = try Labrun.lab("""
            # %% Setup
            import torch
            from transformers import AutoTokenizer
            def scale(x, factor=2):
                \"\"\"Multiply x by factor.\"\"\"
                return x * factor
            """, in: self)
        let input = """
            :run all
            AutoTokenizer.from_pretrained?
            help(torch.tensor)
            x = 1
            scale??
            x?
            :undo
            print(x)

            """
        let result = try Labrun.repl(["repl", path], input: input)
        XCTAssertEqual(result.status, 1, result.stderr)  // the last line's NameError
        XCTAssertTrue(result.stdout.hasPrefix("""
            Help on built-in function from_pretrained in module transformers:

            from_pretrained(pretrained_model_name_or_path, *inputs, **kwargs)
                Loads a model's tokenizer from an embedded model, a folder or the local cache.

            Help on built-in function tensor in module torch:

            tensor(data, *, dtype=None, device=None, requires_grad=False)
                A new tensor holding a copy of data (a number, nested lists, an ndarray or a tensor).

            Help on function scale in module __main__:

            scale(x, factor=2)
                Multiply x by factor.

            Help on int object:

            class int(object)

            """), result.stdout)
        // `x?` was no step: :undo undid `x = 1`, so x is gone again.
        XCTAssertTrue(result.stdout.hasSuffix("undid the line `x = 1`\n"), result.stdout)
        XCTAssertTrue(result.stderr.contains("NameError: name 'x' is not defined"), result.stderr)
    }

    func testHelpRequestRefusesCallsAndLeavesCodeEndingInAQuestionMarkAlone() throws {
        let path = try Labrun.lab("# %% A\nn = [1]\n", in: self)
        let result = try Labrun.repl(["repl", path], input: ":run all\nn.append(2)?\nprint(n)\nm = 3  # code, though the line ends with ?\nprint(m)\n")
        XCTAssertEqual(result.stdout, "[1]\n3\n")
        XCTAssertTrue(result.stderr.contains("n.append(2)? looks up a name, attribute or item without calling anything"), result.stderr)
    }
}
