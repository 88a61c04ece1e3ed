namespace CaseRegister.Web.Domain.Model;

// Who/when fields, filled by the SaveChanges interceptor (Data/TrackingInterceptor.cs).
public interface ITracked
{
    DateTime CreatedAtUtc { get; set; }
    Guid? CreatedByUserId { get; set; }
    DateTime UpdatedAtUtc { get; set; }
    Guid? UpdatedByUserId { get; set; }
}

// Optimistic concurrency: the interceptor gives the row a new version on every update, and EF
// refuses an update whose version changed since it was read.
public interface IVersioned
{
    Guid Version { get; set; }
}
