using System.Text;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CaseRegister.Tests.Support;

// `dotnet ef` cannot be restored here, so migrations are hand-written. When the drift test finds
// a difference it prints the provider-neutral MigrationBuilder code for the tables involved,
// generated from the model, as a starting point for the next migration.
public static class MigrationScaffolder
{
    public static string ForTables(CaseRegisterDbContext db, IReadOnlySet<string>? tables = null)
    {
        var differ = db.GetService<IMigrationsModelDiffer>();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var code = new StringBuilder();
        foreach (var operation in differ.GetDifferences(null, model))
        {
            switch (operation)
            {
                case CreateTableOperation t when tables is null || tables.Contains(t.Name):
                    Table(code, t);
                    break;
                case CreateIndexOperation i when tables is null || tables.Contains(i.Table):
                    var columns = i.Columns.Length == 1 ? $"column: \"{i.Columns[0]}\"" : $"columns: new[] {{ {string.Join(", ", i.Columns.Select(c => $"\"{c}\""))} }}";
                    code.AppendLine($"        migrationBuilder.CreateIndex(name: \"{i.Name}\", table: \"{i.Table}\", {columns}{(i.IsUnique ? ", unique: true" : "")});");
                    break;
            }
        }
        return code.ToString();
    }

    private static void Table(StringBuilder code, CreateTableOperation t)
    {
        code.AppendLine("        migrationBuilder.CreateTable(");
        code.AppendLine($"            name: \"{t.Name}\",");
        code.AppendLine("            columns: table => new");
        code.AppendLine("            {");
        foreach (var c in t.Columns)
        {
            var type = c.ClrType == typeof(byte[]) ? "byte[]" : c.ClrType.Name switch
            {
                "String" => "string", "Int32" => "int", "Int64" => "long", "Boolean" => "bool", "Double" => "double", "Decimal" => "decimal",
                var other => other,
            };
            var args = new List<string>();
            if (c.MaxLength is { } max) args.Add($"maxLength: {max}");
            args.Add($"nullable: {(c.IsNullable ? "true" : "false")}");
            code.AppendLine($"                {c.Name} = table.Column<{type}>({string.Join(", ", args)}),");
        }
        code.AppendLine("            },");
        code.AppendLine("            constraints: table =>");
        code.AppendLine("            {");
        if (t.PrimaryKey is { } pk)
            code.AppendLine($"                table.PrimaryKey(\"{pk.Name}\", x => {Columns(pk.Columns)});");
        foreach (var fk in t.ForeignKeys)
            code.AppendLine($"                table.ForeignKey(name: \"{fk.Name}\", column: x => {Columns(fk.Columns)}, principalTable: \"{fk.PrincipalTable}\", principalColumn: \"{fk.PrincipalColumns![0]}\", onDelete: ReferentialAction.{fk.OnDelete});");
        code.AppendLine("            });");
        code.AppendLine();
    }

    private static string Columns(string[] columns) =>
        columns.Length == 1 ? $"x.{columns[0]}" : $"new {{ {string.Join(", ", columns.Select(c => $"x.{c}"))} }}";
}
