module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<512xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<512xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<512xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<512xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<512xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<512xf32> {jax.result_info = "result[1]"}, tensor<512xf32> {jax.result_info = "result[2]"}, tensor<512xf32> {jax.result_info = "result[3]"}, tensor<512xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<512xf32>
    %6 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<512xi1>
    %7 = stablehlo.add %5, %arg4 : tensor<512xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %9 = stablehlo.divide %7, %8 : tensor<512xf32>
    %10 = call @_where_0(%6, %9, %5) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %12 = call @_where_0(%6, %11, %7) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %13 = stablehlo.optimization_barrier %10 : tensor<512xf32>
    %14 = chlo.square %13 : tensor<512xf32> -> tensor<512xf32>
    %15 = stablehlo.reshape %14 : (tensor<512xf32>) -> tensor<16x32xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_5) applies stablehlo.add across dimensions = [1] : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst_6) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %18 = stablehlo.optimization_barrier %17 : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %20 = stablehlo.reduce(%19 init: %cst_7) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %21 = stablehlo.sqrt %20 : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %22 = stablehlo.divide %cst_8, %21 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = stablehlo.minimum %22, %cst_9 : tensor<f32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %24 = stablehlo.multiply %cst_10, %23 : tensor<f32>
    %25 = stablehlo.bitcast_convert %21 : (tensor<f32>) -> tensor<i32>
    %c_11 = stablehlo.constant dense<2139095040> : tensor<i32>
    %26 = stablehlo.and %25, %c_11 : tensor<i32>
    %c_12 = stablehlo.constant dense<2139095040> : tensor<i32>
    %27 = stablehlo.compare NE, %26, %c_12, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst_13 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %28 = call @_where_1(%27, %24, %cst_13) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %30 = stablehlo.multiply %10, %29 : tensor<512xf32>
    %c_14 = stablehlo.constant dense<1> : tensor<i32>
    %31 = stablehlo.add %0, %c_14 : tensor<i32>
    %32 = stablehlo.convert %31 : (tensor<i32>) -> tensor<f32>
    %cst_15 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %33 = stablehlo.abs %cst_15 : tensor<f32>
    %34 = stablehlo.power %33, %32 : tensor<f32>
    %35 = stablehlo.floor %32 : tensor<f32>
    %36 = stablehlo.compare EQ, %35, %32, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %37 = stablehlo.abs %32 : tensor<f32>
    %c_16 = stablehlo.constant dense<2> : tensor<i32>
    %38 = call @remainder_2(%37, %c_16) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_17 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %39 = stablehlo.compare EQ, %38, %cst_17, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %40 = stablehlo.and %36, %39 : tensor<i1>
    %cst_18 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %41 = stablehlo.compare LT, %cst_18, %cst_19, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %42 = stablehlo.and %41, %40 : tensor<i1>
    %43 = stablehlo.negate %34 : tensor<f32>
    %44 = call @_where_1(%42, %43, %34) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_20 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %45 = stablehlo.compare LT, %cst_20, %cst_21, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %46 = stablehlo.not %36 : tensor<i1>
    %47 = stablehlo.and %45, %46 : tensor<i1>
    %cst_22 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %48 = stablehlo.power %cst_22, %32 : tensor<f32>
    %49 = call @_where_1(%47, %48, %44) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %50 = stablehlo.compare EQ, %32, %cst_23, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %51 = call @_where_1(%50, %cst_24, %49) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_25 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %52 = stablehlo.abs %cst_25 : tensor<f32>
    %53 = stablehlo.power %52, %32 : tensor<f32>
    %54 = stablehlo.floor %32 : tensor<f32>
    %55 = stablehlo.compare EQ, %54, %32, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %56 = stablehlo.abs %32 : tensor<f32>
    %c_26 = stablehlo.constant dense<2> : tensor<i32>
    %57 = call @remainder_2(%56, %c_26) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %58 = stablehlo.compare EQ, %57, %cst_27, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %59 = stablehlo.and %55, %58 : tensor<i1>
    %cst_28 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %60 = stablehlo.compare LT, %cst_28, %cst_29, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %61 = stablehlo.and %60, %59 : tensor<i1>
    %62 = stablehlo.negate %53 : tensor<f32>
    %63 = call @_where_1(%61, %62, %53) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_30 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %64 = stablehlo.compare LT, %cst_30, %cst_31, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %65 = stablehlo.not %55 : tensor<i1>
    %66 = stablehlo.and %64, %65 : tensor<i1>
    %cst_32 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %67 = stablehlo.power %cst_32, %32 : tensor<f32>
    %68 = call @_where_1(%66, %67, %63) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.compare EQ, %32, %cst_33, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %70 = call @_where_1(%69, %cst_34, %68) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %71 = stablehlo.subtract %cst_35, %70 : tensor<f32>
    %72 = stablehlo.sqrt %71 : tensor<f32>
    %73 = stablehlo.multiply %arg6, %72 : tensor<f32>
    %cst_36 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %74 = stablehlo.subtract %cst_36, %51 : tensor<f32>
    %75 = stablehlo.divide %73, %74 : tensor<f32>
    %76 = stablehlo.subtract %30, %arg2 : tensor<512xf32>
    %cst_37 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %78 = stablehlo.multiply %76, %77 : tensor<512xf32>
    %79 = stablehlo.add %arg2, %78 : tensor<512xf32>
    %80 = chlo.square %30 : tensor<512xf32> -> tensor<512xf32>
    %81 = stablehlo.subtract %80, %arg3 : tensor<512xf32>
    %cst_38 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %83 = stablehlo.multiply %81, %82 : tensor<512xf32>
    %84 = stablehlo.add %arg3, %83 : tensor<512xf32>
    %85 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %86 = stablehlo.multiply %79, %85 : tensor<512xf32>
    %87 = stablehlo.sqrt %84 : tensor<512xf32>
    %cst_39 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %89 = stablehlo.add %87, %88 : tensor<512xf32>
    %90 = stablehlo.divide %86, %89 : tensor<512xf32>
    %91 = stablehlo.subtract %arg1, %90 : tensor<512xf32>
    %92 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<512xi1>
    %93 = call @_where_0(%92, %91, %arg1) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %94 = call @_where_0(%92, %79, %arg2) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %95 = call @_where_0(%92, %84, %arg3) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %c_40 = stablehlo.constant dense<1> : tensor<i32>
    %96 = stablehlo.add %arg0, %c_40 : tensor<i32>
    return %96, %93, %94, %95, %12 : tensor<i32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>
  }
  func.func private @floor_divide(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.divide %arg0, %0 : tensor<i32>
    %2 = stablehlo.sign %arg0 : tensor<i32>
    %3 = stablehlo.sign %0 : tensor<i32>
    %4 = stablehlo.compare NE, %2, %3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.remainder %arg0, %0 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare NE, %5, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %4, %6 : tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.subtract %1, %c_0 : tensor<i32>
    %9 = call @_where(%7, %8, %1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<512xi1>, %arg1: tensor<512xf32>, %arg2: tensor<512xf32>) -> tensor<512xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<512xi1>, tensor<512xf32>
    return %0 : tensor<512xf32>
  }
  func.func private @_where_1(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_2(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
}
