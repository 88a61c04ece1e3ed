using MathNet.Numerics.LinearAlgebra;

namespace CaseRegister.Web.Analysis.Disclosure;

// The R2 audit. The unknowns are the withheld cells; the published cells are known numbers. Every
// additivity constraint of every table (members − total = 0) becomes, after moving the known
// numbers to the right-hand side, a linear equation in the unknowns. A withheld cell x_i can be
// computed exactly when its unit vector e_i lies in the row space of these equations, i.e. when
// rank(A) == rank([A; e_i]).
//
// Cells of different tables that count the same youths (same population, cohort set, wave and
// categories) are one unknown, so a cell withheld in one table but published in another is caught,
// and so are leaks that need the equations of two tables together.
//
// The rank test finds exact derivations only. A withheld cell can still be pinned to a narrow
// interval (counts are non-negative integers); SPEC §3.2 asks for the rank test, and rounding (R3)
// is the extra layer on top.
internal static class SuppressionAudit
{
    public static void Verify(IEnumerable<SliceGrid> grids)
    {
        var derivable = FindDerivable(grids);
        if (derivable.Count > 0) throw new DisclosureAuditException(derivable[0]);
    }

    public static IReadOnlyList<CellAddress> FindDerivable(IEnumerable<SliceGrid> grids)
    {
        ArgumentNullException.ThrowIfNull(grids);
        var variables = new Dictionary<(string, string, string, CategoryKey), Variable>();
        var equations = new List<Dictionary<Variable, double>>();
        foreach (var grid in grids)
        {
            foreach (var cell in grid.Cells) VariableFor(variables, cell);
            foreach (var line in grid.Lines)
            {
                var equation = new Dictionary<Variable, double>();
                foreach (var member in line.Members) equation[VariableFor(variables, member)] = 1;
                equation[VariableFor(variables, line.Total)] = -1;
                equations.Add(equation);
            }
        }

        var derivable = new List<CellAddress>();
        // Published in one table, withheld in another: known outright.
        foreach (var variable in variables.Values.Where(v => v.IsKnown && v.WithheldAt is not null))
            derivable.Add(variable.WithheldAt!);

        var unknowns = variables.Values.Where(v => !v.IsKnown).ToList();
        if (unknowns.Count == 0) return derivable;
        var reduced = equations
            .Select(e => e.Where(term => !term.Key.IsKnown).ToDictionary(term => term.Key, term => term.Value))
            .Where(e => e.Count > 0)
            .ToList();

        // Unknowns that share no equation cannot help compute each other: test each connected group
        // on its own, which keeps the matrices small.
        foreach (var component in Components(unknowns, reduced))
        {
            if (component.Equations.Count == 0) continue; // in no equation: nothing to compute it from
            var index = component.Unknowns.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
            var a = Matrix<double>.Build.Dense(component.Equations.Count, index.Count);
            for (var row = 0; row < component.Equations.Count; row++)
                foreach (var (variable, coefficient) in component.Equations[row])
                    a[row, index[variable]] = coefficient;
            var rank = a.Rank();
            foreach (var (variable, column) in index)
            {
                var withUnit = a.InsertRow(a.RowCount, UnitRow(index.Count, column));
                if (withUnit.Rank() == rank) derivable.Add(variable.WithheldAt!);
            }
        }
        return derivable;
    }

    private static Vector<double> UnitRow(int length, int at)
    {
        var unit = Vector<double>.Build.Dense(length);
        unit[at] = 1;
        return unit;
    }

    private static Variable VariableFor(Dictionary<(string, string, string, CategoryKey), Variable> variables, CountCell cell)
    {
        if (!variables.TryGetValue(cell.Address.SameCellKey, out var variable))
        {
            variable = new Variable(cell.TrueValue);
            variables.Add(cell.Address.SameCellKey, variable);
        }
        else if (variable.TrueValue != cell.TrueValue)
        {
            throw new ArgumentException(
                $"Two tables disagree on the same cell ({cell.Address}): {variable.TrueValue} and {cell.TrueValue}. They must count different populations.");
        }
        if (cell.IsPublished) variable.IsKnown = true;
        else variable.WithheldAt ??= cell.Address;
        return variable;
    }

    private static IEnumerable<(List<Variable> Unknowns, List<Dictionary<Variable, double>> Equations)> Components(
        List<Variable> unknowns, List<Dictionary<Variable, double>> equations)
    {
        var parent = unknowns.ToDictionary(v => v, v => v);
        Variable Find(Variable v)
        {
            while (parent[v] != v) v = parent[v] = parent[parent[v]];
            return v;
        }
        foreach (var equation in equations)
        {
            var first = Find(equation.Keys.First());
            foreach (var other in equation.Keys.Skip(1)) parent[Find(other)] = first;
        }
        return unknowns.GroupBy(Find).Select(group =>
        {
            var members = group.ToHashSet();
            return (group.ToList(), equations.Where(e => members.Contains(e.Keys.First())).ToList());
        });
    }

    private sealed class Variable(int trueValue)
    {
        public int TrueValue { get; } = trueValue;

        public bool IsKnown { get; set; }

        public CellAddress? WithheldAt { get; set; }
    }
}
